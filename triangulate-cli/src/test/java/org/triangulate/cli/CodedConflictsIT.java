package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
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
 * A coded row and a news report of the same bombing that disagree on who did it and on how many
 * died, end to end: {@code import --acled}, the report stored beside it, then {@code conflicts}
 * and the JSON and STIX exports. A second row, of another event, disagrees with nothing.
 */
class CodedConflictsIT {
  private static final String ACLED = """
      # Invented rows in ACLED's column layout for Triangulate's tests: no real event, person or row.
      event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,source,notes,fatalities
      XAF9101,2024-03-05,Explosions/Remote violence,Remote explosive/landmine/IED,Taliban,Police Forces of Afghanistan (2021-),Afghanistan,Ghazni,Andar,Andar,33.1300,68.4200,Example Wire,"Invented: a roadside bomb hit a police vehicle.",3
      XAF9102,2024-04-20,Battles,Armed clash,Islamic State (Afghanistan),Taliban,Afghanistan,Kunar,Asadabad,Asadabad,34.87,71.15,Example Wire,"Invented: a clash.",12
      """;

  @TempDir Path tmp;

  @Test
  void aRowAndANewsReportOfOneBombingDisagreeingOnThePerpetratorAndTheDeadAreTwoConflicts()
      throws IOException {
    Path acled = Files.writeString(tmp.resolve("acled.csv"), ACLED);
    Path data = tmp.resolve("store");
    assertThat(Cli.run("--data", data.toString(), "import", "--acled", acled.toString()).out())
        .contains("2 imported");
    Document news = news();
    String bombing;
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      store.save(news, newsExtraction(news));
      Map<String, String> groups = store.eventGroups();
      bombing = groups.get(ExportIds.event(news.id(), "v1"));
      assertThat(groups.values().stream().filter(bombing::equals).count())
          .as("the news report and the ACLED row of the bombing").isEqualTo(2);

      List<Conflict> conflicts = store.evidence(SourceTable.bundled()).conflicts();

      assertThat(conflicts).extracting(Conflict::kind)
          .containsExactly(Conflict.PERPETRATOR_DIFFERS, Conflict.COUNTS_DIFFER);
      assertThat(conflicts).allSatisfy(c -> assertThat(c.event()).isEqualTo(bombing));
      assertThat(conflicts.get(1).counts()).extracting(Conflict.Count::source, Conflict.Count::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ACLED", 3),
              org.assertj.core.groups.Tuple.tuple("Example Ledger", 7));
    }

    Cli.Run listed = Cli.run("--data", data.toString(), "conflicts");
    assertThat(listed.out())
        .contains("perpetrator-differs  " + bombing)
        .contains("  coded as:      Taliban")
        .contains("  attributed to: Haqqani Network")
        .contains("counts-differ")
        .containsPattern("  killed: +3 by ACLED \\(doc-[0-9a-f]{16}, evt-[0-9a-f]{12}\\)")
        .containsPattern("  killed: +7 by Example Ledger \\(" + news.id().value());

    JsonNode json = export(data, "json");
    List<JsonNode> counted = StreamSupport.stream(json.get("conflicts").spliterator(), false)
        .filter(c -> c.get("kind").asText().equals("counts-differ")).toList();
    assertThat(counted).singleElement().satisfies(c -> {
      assertThat(c.get("counts")).hasSize(2);
      assertThat(c.get("counts").get(1).get("value").asInt()).isEqualTo(7);
      assertThat(c.get("counts").get(1).get("document").asText()).isEqualTo(news.id().value());
    });

    JsonNode stix = export(data, "stix");
    List<String> ids = new ArrayList<>();
    stix.get("objects").forEach(o -> ids.add(o.get("id").asText()));
    List<JsonNode> notes = StreamSupport.stream(stix.get("objects").spliterator(), false)
        .filter(o -> o.has("x_triangulate_conflict")).toList();
    assertThat(notes).extracting(o -> o.get("x_triangulate_conflict").asText())
        .containsExactlyInAnyOrder("perpetrator-differs", "counts-differ");
    assertThat(notes).allSatisfy(o -> o.get("object_refs").forEach(r -> assertThat(ids).contains(r.asText())));
    JsonNode countNote = notes.stream()
        .filter(o -> o.get("x_triangulate_conflict").asText().equals("counts-differ")).findFirst().orElseThrow();
    assertThat(countNote.get("content").asText()).isEqualTo("Sources count the killed differently: ACLED 3, Example Ledger 7.");
    countNote.get("x_triangulate_counts").forEach(n -> assertThat(ids).contains(n.get("report_ref").asText()));
    JsonNode perpetratorNote = notes.stream()
        .filter(o -> o.get("x_triangulate_conflict").asText().equals("perpetrator-differs")).findFirst().orElseThrow();
    assertThat(perpetratorNote.get("x_triangulate_coded_refs")).hasSize(1);
    assertThat(perpetratorNote.get("x_triangulate_attributed_refs")).hasSize(1);
  }

  private JsonNode export(Path data, String format) throws IOException {
    Path out = tmp.resolve("export." + format + ".json");
    Cli.Run r = Cli.run("--data", data.toString(), "export", "--format", format, "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(out.toFile());
  }

  /** An invented news report: seven policemen killed in Andar, the police blame the Haqqani Network. */
  private static Document news() {
    String title = "Invented: roadside bomb kills seven policemen in Andar";
    String body = "GHAZNI -- A roadside bomb killed seven policemen in Andar district on Tuesday"
        + " (March 5), and provincial police said the Haqqani Network planted it.";
    String text = title + "\n\n" + body;
    int b = title.length() + 2;
    List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, title.length())),
        new Part(Section.BODY, new Span(b, text.length())));
    Metadata meta = new Metadata(title, null, null, "GHAZNI", "Example Ledger", LocalDate.of(2024, 3, 6), false);
    return new Document(ContentId.of(text), text, parts, meta, "eng", 0x3c3c3c3c3c3c3c3cL,
        new Custody("news.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8",
            Instant.parse("2024-03-06T10:00:00Z")));
  }

  private static Extraction newsExtraction(Document doc) {
    LocalEntity andar = entity(doc, "e1", EntityType.LOCATION, "Andar")
        .withGeo(new Geo(33.15, 68.40, "AF", "Ghazni", null));
    LocalEntity haqqani = entity(doc, "e2", EntityType.ORGANIZATION, "Haqqani Network");
    LocalEntity police = entity(doc, "e3", EntityType.ORGANIZATION, "provincial police");
    Evidence sentence = Evidence.of(doc, doc.parts().get(1).span());
    Event bomb = new Event("v1", EventType.BOMBING, new TimeSpec("2024-03-05", TimeSpec.Precision.DAY,
        TimeSpec.Basis.EVENT, "on Tuesday (March 5)", LocalDate.of(2024, 3, 6)), 7, null, "e1",
        List.of(new Participant("e2", Role.PERPETRATOR, "the Haqqani Network")), List.of(sentence));
    List<Claim> claims = List.of(
        new Claim("c1", "e3", null, List.of(), Modality.ASSERTED, Section.BODY, "v1", Predicate.OCCURRED, null,
            List.of(sentence)),
        new Claim("c2", "e3", null, List.of(), Modality.ACCUSED, Section.BODY, "e2", Predicate.PERPETRATOR_OF, "v1",
            List.of(sentence)));
    Pipeline pipeline = new Pipeline("test", List.of(new Component("hand-built", "1", Map.of())));
    return new Extraction(doc.id(), pipeline, List.of(andar, haqqani, police), List.of(bomb), claims, List.of());
  }

  private static LocalEntity entity(Document doc, String key, EntityType type, String name) {
    int at = doc.text().indexOf(name);
    Mention m = new Mention(Evidence.of(doc, new Span(at, at + name.length())), MentionKind.NAME);
    return new LocalEntity(key, type, name, List.of(), List.of(), List.of(m), null);
  }
}
