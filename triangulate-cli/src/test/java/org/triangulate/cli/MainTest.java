package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
  void storeOptionsAreReadBeforeOrAfterTheCommand() {
    for (String[] args : List.of(
        new String[] {"--data", "/tmp/t", "entities", "--name", "noori"},
        new String[] {"entities", "--data", "/tmp/t", "--name", "noori"},
        new String[] {"entities", "--name", "noori", "--data=/tmp/t"})) {
      CommandLine cli = Main.commandLine();
      cli.parseArgs(args);

      assertThat(((Main) cli.getCommand()).store.describe()).as(String.join(" ", args))
          .isEqualTo("the embedded store in " + Path.of("/tmp/t"));
    }
    CommandLine cli = Main.commandLine();
    cli.parseArgs("show", "doc-0123456789abcdef", "--db", "jdbc:postgresql://db.example/t");
    assertThat(((Main) cli.getCommand()).store.describe())
        .isEqualTo("the PostgreSQL server at jdbc:postgresql://db.example/t");
  }

  @Test
  void aStoreGivenTwiceIsAUsageErrorWhereverEachStands() {
    Cli.Run both = run("--data", "/tmp/a", "documents", "--db", "jdbc:postgresql://localhost/x");
    Cli.Run twice = run("--data", "/tmp/a", "documents", "--data", "/tmp/b");

    assertThat(both.exit()).isEqualTo(Main.USAGE);
    assertThat(both.err()).contains("--data and --db are mutually exclusive: give one store");
    assertThat(twice.exit()).isEqualTo(Main.USAGE);
    assertThat(twice.err()).contains("--data given twice: /tmp/a and /tmp/b");
  }

  @Test
  void commandsWithoutAStoreTakeNoStoreOption() {
    Cli.Run r = run("bench", "--data", "/tmp/store");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Unknown option: '--data'");
    assertThat(run("documents", "--help").out()).contains("--data=DIR").contains("--db=URL");
    assertThat(run("bench", "--help").out()).doesNotContain("--data");
  }

  @Test
  void unknownOptionsAreNamed() {
    Cli.Run r = run("documents", "--colour");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Unknown option: '--colour'");
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
    assertThat(ShowCommand.notFound("xyz"))
        .isEqualTo("not an id: ids start with doc-, ent-, evt- or clm-, and a link's is SOURCE~TARGET~TYPE");
  }

  @Test
  void eventTypesAreReadInAnyCase() {
    CommandLine cli = Main.commandLine();
    cli.parseArgs("events", "--type", "Missile_Attack", "--format", "csv");
    EventsCommand events = cli.getSubcommands().get("events").getCommand();

    assertThat(events.type).isEqualTo(org.triangulate.model.EventType.MISSILE_ATTACK);
    assertThat(events.format).isEqualTo(EventListing.Format.csv);
  }

  @Test
  void anEventsDateThatIsNotIsoNamesTheOption() {
    Cli.Run r = run("--data", "/nonexistent", "events", "--to", "March");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Invalid value for option '--to': 'March' is not a date:"
        + " expected YYYY-MM-DD, for example 2021-02-22");
  }

  @Test
  void anUnknownEventTypeNamesTheTypesThereAre() {
    Cli.Run r = run("--data", "/nonexistent", "events", "--type", "riot");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--type").contains("riot").contains("BOMBING");
  }

  @Test
  void anEventsRangeEndingBeforeItStartsIsAUsageError() {
    Cli.Run r = run("--data", "/nonexistent", "events", "--from", "2021-03-02", "--to",
        "2021-03-01");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--from must not be after --to: --from 2021-03-02, --to 2021-03-01");
  }
}
