package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityType;
import picocli.CommandLine;

/** Usage errors and option parsing: everything that fails or is decided before a store opens. */
class MainTest {
  @Test
  void aDateThatIsNotIsoNamesTheOptionAndTheFormExpected() {
    Cli.Run r = run("--data", "/nonexistent", "timeline", "--from", "yesterday");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Invalid value for option '--from': 'yesterday' is not a date:"
        + " expected YYYY-MM-DD, for example 2021-02-22")
        .doesNotContain("java.time").doesNotContain("Exception");
  }

  @Test
  void isoDatesParse() {
    CommandLine cli = Main.commandLine();
    cli.parseArgs("timeline", "--from", "2021-01-01");
    TimelineCommand timeline = cli.getSubcommands().get("timeline").getCommand();

    assertThat(timeline.from).isEqualTo(LocalDate.of(2021, 1, 1));
  }

  @Test
  void entityTypesAreReadInAnyCase() {
    CommandLine cli = Main.commandLine();
    cli.parseArgs("entities", "--type", "person");
    EntitiesCommand entities = cli.getSubcommands().get("entities").getCommand();

    assertThat(entities.type).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aStoreOptionAfterTheCommandGetsAHintThatItGoesFirst() {
    Cli.Run r = run("documents", "--data", "/tmp/store");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Unknown options: '--data', '/tmp/store'")
        .contains("hint: store options go before the command: triangulate --data DIR documents …");
  }

  @Test
  void otherUnknownOptionsGetNoStoreHint() {
    Cli.Run r = run("documents", "--colour");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Unknown option: '--colour'").doesNotContain("hint: store options");
  }

  @Test
  void theStoreIsDescribedInWordsNotAsARecord() {
    CommandLine cli = Main.commandLine();
    cli.parseArgs("--data", "/tmp/t", "documents");
    StoreOptions store = ((Main) cli.getCommand()).store;

    assertThat(store.describe()).isEqualTo("the embedded store in " + Path.of("/tmp/t"));
    assertThat(DemoCommand.nextCommands(store)).first()
        .isEqualTo("bin/triangulate --data /tmp/t entities --name ISIS");
  }

  @Test
  void theDemoSuggestsCommandsThatRunFromTheInstallation() {
    assertThat(DemoCommand.nextCommands(new StoreOptions()))
        .allMatch(c -> c.startsWith("bin/triangulate "))
        .contains("bin/triangulate links --explain");
  }

  @Test
  void emptyListingsSayWhatWasAsked() {
    assertThat(Nothing.matched("entities", "--type PERSON", "--name jebran"))
        .isEqualTo("no entities matched --type PERSON --name jebran");
    assertThat(Nothing.matched("links", null, null)).isEqualTo("no links in the store");
  }

  @Test
  void unknownIdsSayWhetherTheKindIsKnown() {
    assertThat(ShowCommand.notFound("evt-000000000000")).isEqualTo("no event with this id is stored");
    assertThat(ShowCommand.notFound("xyz")).isEqualTo("not an id: ids start with doc-, ent-, evt- or clm-");
  }
}
