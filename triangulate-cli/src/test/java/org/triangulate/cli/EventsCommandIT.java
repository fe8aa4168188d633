package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.Cli.Run;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
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
import org.triangulate.model.Part;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

/**
 * {@code triangulate events} over a store of two invented reports saved without extraction
 * models: a bombing in Jalalabad (Nangarhar) and a killing in Andar district (Ghazni).
 */
class EventsCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NL = System.lineSeparator();

  @TempDir static Path data;

  @BeforeAll
  static void saveReports() {
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      save(store, "Blast in Jalalabad",
          "A bomb killed three people in Jalalabad on 11 February. Islamic State claimed it.",
          "Jalalabad", new Geo(34.43, 70.45, "AF", "Nangarhar", null), "Islamic State",
          EventType.BOMBING, "2021-02-11", "A bomb killed three people", 3);
      save(store, "Taliban kill district chief",
          "The Taliban killed the district chief in Andar district on 5 March.",
          "Andar district", new Geo(33.3, 68.4, "AF", "Ghazni", null), "Taliban",
          EventType.KILLING, "2021-03-05", "The Taliban killed the district chief", 1);
    }
  }

  private static Run events(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--data";
    all[1] = data.toString();
    all[2] = "events";
    System.arraycopy(args, 0, all, 3, args.length);
    return run(all);
  }

  @Test
  void listsEveryEventInTimeOrderWithPlaceProvinceAndToll() {
    Run r = events();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("2021-"))).hasSize(2);
    assertThat(r.out()).containsSubsequence("2021-02-11", "BOMBING", "at Jalalabad (Nangarhar, AF)",
        "PERPETRATOR Islamic State", "(3 killed)", "[evt-", "2021-03-05", "KILLING");
  }

  @Test
  void typeIsReadInAnyCaseAndLeavesOtherTypesOut() {
    Run r = events("--type", "bOmBiNg");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("BOMBING").doesNotContain("KILLING");
  }

  @Test
  void placeMatchesADistrictByNameAndAProvinceAndLeavesOtherPlacesOut() {
    assertThat(events("--place", "andar").out()).contains("KILLING").doesNotContain("BOMBING");
    assertThat(events("--place", "Nangarhar province").out()).contains("BOMBING")
        .doesNotContain("KILLING");
  }

  @Test
  void actorMatchesAParticipantByName() {
    assertThat(events("--actor", "taliban").out()).contains("KILLING").doesNotContain("BOMBING");
  }

  @Test
  void aDateRangeLeavesOutEventsOutsideIt() {
    Run r = events("--from", "2021-03-01", "--to", "2021-03-31");
    assertThat(r.out()).contains("KILLING").doesNotContain("BOMBING");
  }

  @Test
  void nothingMatchedSaysWhichFiltersWereGiven() {
    Run r = events("--type", "kidnapping", "--place", "Kabul");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("no events matched --type KIDNAPPING --place Kabul" + NL);
  }

  @Test
  void csvHasAHeaderAndOneQuotedRowPerEvent(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("events.csv");
    Run r = events("--format", "csv", "-o", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.getFirst()).isEqualTo(String.join(",", EventListing.COLUMNS));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains(",BOMBING,2021-02-11,EVENT,2021-02-11,2021-02-11,Jalalabad,"
        + "Nangarhar,AF,34.43,70.45,3,,PERPETRATOR Islamic State,doc-");
  }

  @Test
  void jsonIsAnArrayOfEventsWithNumbersAndNulls() throws Exception {
    Run r = events("--format", "json", "--actor", "Taliban");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode events = JSON.readTree(r.out());
    assertThat(events).hasSize(1);
    JsonNode e = events.get(0);
    assertThat(e.get("type").asText()).isEqualTo("KILLING");
    assertThat(e.get("province").asText()).isEqualTo("Ghazni");
    assertThat(e.get("killed").asInt()).isEqualTo(1);
    assertThat(e.get("injured").isNull()).isTrue();
    assertThat(e.get("participants").get(0).asText()).isEqualTo("PERPETRATOR Taliban");
  }

  @Test
  void anEmptyJsonListingIsAnEmptyArrayAndTheNoticeGoesToStandardError() throws Exception {
    Run r = events("--format", "json", "--place", "Kabul");
    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out())).isEmpty();
    assertThat(r.err()).contains("no events matched --place Kabul");
  }

  @Test
  void listedIdsOpenWithShow() {
    String out = events("--type", "killing").out();
    String id = out.substring(out.indexOf("[evt-") + 1, out.indexOf("[evt-") + 17);
    Run shown = run("--data", data.toString(), "show", id);
    assertThat(shown.exit()).as(shown.err()).isZero();
    assertThat(shown.out()).startsWith(id + "  KILLING")
        .contains("Andar district  (ent-").contains("in Ghazni, AF at 33.3000, 68.4000");
  }

  private static void save(Store store, String title, String body, String place, Geo geo,
      String actor, EventType type, String day, String quote, int killed) {
    String text = title + "\n\n" + body;
    Document doc = new Document(new DocumentId("doc-" + sha256(text).substring(0, 16)), text,
        List.of(new Part(Section.TITLE, new Span(0, title.length())),
            new Part(Section.BODY, new Span(title.length() + 2, text.length()))),
        new Metadata(title, null, null, null, "Example Times", LocalDate.of(2021, 3, 6), false),
        "eng", Long.parseUnsignedLong(sha256(text).substring(0, 16), 16),
        new Custody("/corpus/" + title + ".txt", text.getBytes(StandardCharsets.UTF_8),
            "text/plain", "UTF-8", Instant.parse("2021-03-06T10:00:00Z")));
    List<LocalEntity> entities = List.of(
        new LocalEntity("e1", EntityType.ORGANIZATION, actor, List.of(), List.of(),
            List.of(new Mention(evidence(doc, actor), MentionKind.NAME)), null, null),
        new LocalEntity("e2", EntityType.LOCATION, place, List.of(), List.of(),
            List.of(new Mention(evidence(doc, place), MentionKind.NAME)), null, geo));
    Event event = new Event("v1", type, new TimeSpec(day, TimeSpec.Precision.DAY,
        TimeSpec.Basis.EVENT, null, LocalDate.of(2021, 3, 6)), killed, null, "e2",
        List.of(new Participant("e1", Role.PERPETRATOR, actor)), List.of(evidence(doc, quote)));
    store.save(doc, new Extraction(doc.id(), new Pipeline("test", List.of(
        new Component("hand-made", "1", Map.of()))), entities, List.of(event), List.of(),
        List.of()));
  }

  private static Evidence evidence(Document doc, String quote) {
    int at = doc.text().indexOf(quote, doc.meta().title().length());
    return Evidence.of(doc, new Span(at, at + quote.length()));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
