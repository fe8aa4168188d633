package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.internal.ExportIds;
import org.triangulate.graph.links.Conflict;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.ingest.fingerprint.ContentId;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Part;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

/**
 * {@code import --acled/--gtd} end to end into an embedded store (no CoreNLP: coded rows are
 * extracted as they are read), and a news report of the same bombing joining the coded event.
 */
class ImportCodedIT {
  private static final String ACLED = """
      # Invented rows in ACLED's column layout for Triangulate's tests: no real event, person or row.
      event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,source,notes,fatalities
      XAF9001,2024-03-05,Explosions/Remote violence,Remote explosive/landmine/IED,Taliban,Police Forces of Afghanistan (2021-),Afghanistan,Ghazni,Andar,Andar,33.1300,68.4200,Example Wire,"Invented: a roadside bomb hit a police vehicle.",3
      XAF9002,2024-03-06,Protests,Peaceful protest,Protesters (Afghanistan),,Afghanistan,Kabul,Kabul,Kabul,34.53,69.17,Example Wire,"Invented: a protest.",0
      XAF9003,2024-03-07,Battles,Armed clash,Taliban,National Resistance Front,Afghanistan,Panjshir,Rokha,Rokha,35.32,69.46,Example Wire,"Invented: a clash.",many
      """;
  private static final String GTD = """
      # Invented rows in the Global Terrorism Database's column layout for Triangulate's tests.
      eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,summary,attacktype1_txt,target1,gname,claimed,nkill,nwound,scite1
      900000000001,2024,3,5,Afghanistan,Ghazni,Andar,33.13,68.42,"Invented: a roadside bomb.",Bombing/Explosion,Police vehicle,Islamic State,1,3,2,Example Wire
      """;

  @TempDir Path tmp;

  @Test
  void codedRowsAreStoredSkippedTypesCountedAndABadRowNamed() throws IOException {
    Path acled = Files.writeString(tmp.resolve("acled.csv"), ACLED);

    Cli.Run r = Cli.run("--data", tmp.resolve("store").toString(), "import", "--acled", acled.toString());
    Cli.Run again = Cli.run("--data", tmp.resolve("store").toString(), "import", "--acled", acled.toString());

    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.out()).contains("skipped 1 row of types Triangulate does not model: ACLED Peaceful protest (1)")
        .contains("1 imported, 0 unchanged, 1 failed");
    assertThat(r.err()).contains(acled + " row 3 (XAF9003): fatalities is not a count: \"many\"");
    assertThat(again.out()).contains("0 imported, 1 unchanged, 1 failed");
  }

  @Test
  void aNewsReportAndCodedRowsOfOneBombingJoinOneEventAndTheirDisagreementIsAConflict()
      throws IOException {
    Path acled = Files.writeString(tmp.resolve("acled.csv"), ACLED);
    Path gtd = Files.writeString(tmp.resolve("gtd.csv"), GTD);
    Path data = tmp.resolve("store");
    Cli.Run r = Cli.run("--data", data.toString(), "import", "--acled", acled.toString(), "--gtd", gtd.toString());
    assertThat(r.out()).contains("2 imported");

    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      Document news = news();
      store.save(news, newsExtraction(news));

      Map<String, String> groups = store.eventGroups();
      String bombing = groups.get(ExportIds.event(news.id(), "v1"));
      long inGroup = groups.values().stream().filter(bombing::equals).count();
      assertThat(inGroup).as("news, ACLED and GTD events of the bombing").isEqualTo(3);
      List<Conflict> conflicts = store.evidence(SourceTable.bundled()).conflicts();
      assertThat(conflicts).anySatisfy(c -> {
        assertThat(c.kind()).isEqualTo("claimed-vs-attributed");
        assertThat(c.claimed()).hasSize(1);
        assertThat(c.attributed()).hasSize(1);
      });
    }
  }

  /** An invented news report: the Islamic State claimed the Andar bombing, police said. */
  private static Document news() {
    String title = "Invented: roadside bomb kills three policemen in Andar";
    String body = "GHAZNI -- A roadside bomb killed three policemen in Andar district on Tuesday"
        + " (March 5), and the Islamic State claimed it, provincial police said.";
    String text = title + "\n\n" + body;
    int b = title.length() + 2;
    List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, title.length())),
        new Part(Section.BODY, new Span(b, text.length())));
    Metadata meta = new Metadata(title, null, null, "GHAZNI", "Example Ledger", LocalDate.of(2024, 3, 6), false);
    return new Document(ContentId.of(text), text, parts, meta, "eng", 0x5a5a5a5a5a5a5a5aL,
        new Custody("news.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", "UTF-8",
            Instant.parse("2024-03-06T10:00:00Z")));
  }

  private static Extraction newsExtraction(Document doc) {
    LocalEntity andar = entity(doc, "e1", EntityType.LOCATION, "Andar")
        .withGeo(new Geo(33.15, 68.40, "AF", "Ghazni", null));
    LocalEntity isis = entity(doc, "e2", EntityType.ORGANIZATION, "Islamic State");
    LocalEntity police = entity(doc, "e3", EntityType.ORGANIZATION, "provincial police");
    Evidence sentence = Evidence.of(doc, doc.parts().get(1).span());
    Event bomb = new Event("v1", EventType.BOMBING, new TimeSpec("2024-03-05", TimeSpec.Precision.DAY,
        TimeSpec.Basis.EVENT, "on Tuesday (March 5)", LocalDate.of(2024, 3, 6)), 3, null, "e1",
        List.of(new Participant("e2", Role.CLAIMANT, "the Islamic State")), List.of(sentence));
    List<Claim> claims = List.of(
        new Claim("c1", "e3", null, List.of(), Modality.ASSERTED, Section.BODY, "v1", Predicate.OCCURRED, null,
            List.of(sentence)),
        new Claim("c2", "e2", null, List.of(), Modality.CLAIMED, Section.BODY, "e2", Predicate.CLAIMED, "v1",
            List.of(sentence)));
    Pipeline pipeline = new Pipeline("test", List.of(new Component("hand-built", "1", Map.of())));
    return new Extraction(doc.id(), pipeline, List.of(andar, isis, police), List.of(bomb), claims, List.of());
  }

  private static LocalEntity entity(Document doc, String key, EntityType type, String name) {
    int at = doc.text().indexOf(name);
    Mention m = new Mention(Evidence.of(doc, new Span(at, at + name.length())), MentionKind.NAME);
    return new LocalEntity(key, type, name, List.of(), List.of(), List.of(m), null);
  }
}
