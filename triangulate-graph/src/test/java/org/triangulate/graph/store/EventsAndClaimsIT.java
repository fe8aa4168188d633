package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.graph.StoreException;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

/**
 * Events, claims and coordinates: saved, read back, refused when they refer to nothing, and
 * exported; over invented reports saved once for the class.
 */
class EventsAndClaimsIT {
  static final Geo JALALABAD = new Geo(34.4265, 70.4515, "AF", "Nangarhar", "1138957");
  static final Geo MISMATCHED = new Geo(34.5, 69.1, "AF", "Kabul", "9999999");
  static final Geo SURKH_ROD = new Geo(34.39, 70.32, "AF", "Nangarhar", null);

  @TempDir static Path dataDir;
  static Store store;
  static Document report;
  static Extraction extraction;

  @BeforeAll
  static void saveReports() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
    report = article("eng", "NDS arrests two over Jalalabad bombing",
        "The National Directorate of Security (NDS) said on Sunday it arrested two members of "
            + "the Islamic State in Jalalabad. A magnetic bomb killed three people and wounded "
            + "five in Jalalabad on 11 February, the NDS said. Tolo News, citing the NDS, "
            + "reported that the detainees confessed to planting it for the Islamic State. "
            + "Gunmen also shot a teacher in Surkh Rod.",
        "NDS video of the detainees.", "Islamic State did this, not the Taliban.");
    extraction = reportExtraction(report);
    store.save(report, extraction);
    // two more located mentions of Jalalabad, one matched to the wrong place
    for (Geo geo : List.of(JALALABAD, MISMATCHED)) {
      Document d = article("Market reopens in Jalalabad " + geo.province(),
          "Shops in Jalalabad opened again.");
      store.save(d, extraction(d, List.of(
          entity(d, "e1", EntityType.LOCATION, "Jalalabad").withGeo(geo)), List.of(), List.of()));
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static Extraction reportExtraction(Document doc) {
    List<LocalEntity> entities = List.of(
        entity(doc, "e1", EntityType.ORGANIZATION, "National Directorate of Security", "kb-nds",
            List.of("NDS"), List.of()),
        entity(doc, "e2", EntityType.ORGANIZATION, "Islamic State"),
        entity(doc, "e3", EntityType.LOCATION, "Jalalabad").withGeo(JALALABAD),
        entity(doc, "e4", EntityType.ORGANIZATION, "Tolo News"),
        entity(doc, "e5", EntityType.LOCATION, "Surkh Rod").withGeo(SURKH_ROD));
    List<Event> events = List.of(
        new Event("v1", EventType.ARREST,
            new TimeSpec("../2021-02-21", TimeSpec.Precision.RANGE, TimeSpec.Basis.REPORTED,
                "on Sunday", LocalDate.of(2021, 2, 22)),
            null, null, "e3",
            List.of(new Participant("e1", Role.AGENT, "The National Directorate of Security"),
                new Participant(null, Role.DETAINEE, "two members of the Islamic State")),
            List.of(evidence(doc, "it arrested two members of the Islamic State in Jalalabad"))),
        new Event("v2", EventType.BOMBING,
            new TimeSpec("2021-02-11", TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT,
                "on 11 February", LocalDate.of(2021, 2, 22)),
            3, 5, "e3",
            List.of(new Participant(null, Role.PERPETRATOR, "the detainees")),
            List.of(evidence(doc, "A magnetic bomb killed three people and wounded five"),
                evidence(doc, "confessed to planting it"))),
        new Event("v3", EventType.ARMED_ASSAULT, TimeSpec.unknown(), null, null, "e5",
            List.of(new Participant(null, Role.PERPETRATOR, "Gunmen"),
                new Participant(null, Role.VICTIM, "a teacher")),
            List.of(evidence(doc, "Gunmen also shot a teacher in Surkh Rod"))));
    List<Claim> claims = List.of(
        new Claim("c1", "e1", null, List.of(), Modality.ASSERTED, Section.BODY, "v1",
            Predicate.OCCURRED, null, List.of(evidence(doc, "said on Sunday it arrested"))),
        new Claim("c2", null, "the detainees", List.of("e4", "e1"), Modality.CONFESSED,
            Section.BODY, "e2", Predicate.PERPETRATOR_OF, "v2",
            List.of(evidence(doc, "Tolo News, citing the NDS, reported that the detainees "
                + "confessed to planting it for the Islamic State"))),
        new Claim("c3", null, "reader comment", List.of(), Modality.ASSERTED, Section.COMMENT,
            "e2", Predicate.PERPETRATOR_OF, "v2",
            List.of(evidence(doc, "Islamic State did this"))),
        new Claim("c4", "e4", "Tolo News", List.of(), Modality.ASSERTED, Section.BODY, "e1",
            Predicate.ARRESTED, "v1", List.of(evidence(doc, "Tolo News, citing the NDS"))));
    return extraction(doc, entities, events, claims);
  }

  static Extraction extraction(
      Document doc, List<LocalEntity> entities, List<Event> events, List<Claim> claims) {
    return new Extraction(doc.id(), Articles.PIPELINE, entities, events, claims, List.of());
  }

  @Test
  void eventsClaimsAndCoordinatesReadBackEqual() {
    assertThat(store.findExtraction(report.id())).contains(extraction);
  }

  static Stream<Arguments> danglingReferences() {
    UnaryOperator<Extraction> location = x -> replaceEvent(x, 0, v -> new Event(v.key(),
        v.type(), v.time(), v.killed(), v.injured(), "e9", v.participants(), v.evidence()));
    UnaryOperator<Extraction> participant = x -> replaceEvent(x, 0, v -> new Event(v.key(),
        v.type(), v.time(), v.killed(), v.injured(), v.location(),
        List.of(new Participant("v2", Role.AGENT, "NDS")), v.evidence()));
    UnaryOperator<Extraction> speaker = x -> replaceClaim(x, 0, c -> new Claim(c.key(), "e9",
        null, c.via(), c.modality(), c.section(), c.subject(), c.predicate(), c.object(),
        c.evidence()));
    UnaryOperator<Extraction> via = x -> replaceClaim(x, 1, c -> new Claim(c.key(), c.speaker(),
        c.speakerText(), List.of("e3", "c1"), c.modality(), c.section(), c.subject(),
        c.predicate(), c.object(), c.evidence()));
    UnaryOperator<Extraction> subject = x -> replaceClaim(x, 0, c -> new Claim(c.key(),
        c.speaker(), c.speakerText(), c.via(), c.modality(), c.section(), "v9", c.predicate(),
        c.object(), c.evidence()));
    UnaryOperator<Extraction> object = x -> replaceClaim(x, 2, c -> new Claim(c.key(),
        c.speaker(), c.speakerText(), c.via(), c.modality(), c.section(), c.subject(),
        c.predicate(), "x1", c.evidence()));
    return Stream.of(
        Arguments.of("location=e9", location), Arguments.of("participant=v2", participant),
        Arguments.of("speaker=e9", speaker), Arguments.of("via=c1", via),
        Arguments.of("subject=v9", subject), Arguments.of("object=x1", object));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("danglingReferences")
  void referenceToAKeyTheExtractionLacksLeavesNothingOfTheDocument(
      String reference, UnaryOperator<Extraction> spoil) {
    Document doc = article("Blast in Khost " + reference,
        "A blast hit Khost city. The NDS blamed the Islamic State. Tolo News said so too.");
    Extraction bad = spoil.apply(smallExtraction(doc));

    assertThatThrownBy(() -> store.save(doc, bad)).isInstanceOf(StoreException.class)
        .hasMessageContaining(doc.id().value())
        .hasMessageContaining(reference);

    assertThat(store.findDocument(doc.id())).isEmpty();
    assertThat(store.entities(null, "Khost")).isEmpty();
  }

  @Test
  void eventEvidenceBeyondTheTextRollsBackTheEntitiesAlreadyWritten() {
    Document doc = article("Blast in Paktia", "A blast hit Gardez.");
    Extraction good = extraction(doc,
        List.of(entity(doc, "e1", EntityType.LOCATION, "Gardez")),
        List.of(new Event("v1", EventType.BOMBING, TimeSpec.unknown(), null, null, "e1",
            List.of(), List.of(new Evidence(doc.id(), Section.BODY, new Span(400, 405),
                "blast")))),
        List.of());

    assertThatThrownBy(() -> store.save(doc, good)).isInstanceOf(StoreException.class)
        .hasMessageContaining("span must lie inside the document text");

    assertThat(store.findDocument(doc.id())).isEmpty();
    assertThat(store.entities(null, "Gardez")).isEmpty();
  }

  @Test
  void aKeyNamingBothAnEntityAndAnEventIsRefused() {
    Document doc = article("Raid in Logar", "Forces raided a house in Logar.");
    Extraction ambiguous = extraction(doc,
        List.of(entity(doc, "k1", EntityType.LOCATION, "Logar")),
        List.of(new Event("k1", EventType.ARMED_ASSAULT, TimeSpec.unknown(), null, null, null,
            List.of(), List.of(evidence(doc, "Forces raided a house")))),
        List.of());

    assertThatThrownBy(() -> store.save(doc, ambiguous)).isInstanceOf(StoreException.class)
        .hasMessageContaining("must not name both an entity and an event: k1");
    assertThat(store.findDocument(doc.id())).isEmpty();
  }

  @Test
  void exportedEventsAndClaimsHaveEveryKeyOfTheContract() throws IOException {
    JsonNode root = export();

    assertThat(root.get("events")).hasSize(3).allSatisfy(v -> {
      assertThat(v.fieldNames()).toIterable().containsExactly("id", "type", "time", "killed",
          "injured", "location", "participants", "evidence");
      assertThat(v.get("time").fieldNames()).toIterable()
          .containsExactly("value", "precision", "basis", "text");
      v.get("participants").forEach(p -> assertThat(p.fieldNames()).toIterable()
          .containsExactly("entity", "role", "text"));
    });
    assertThat(root.get("claims")).hasSize(4).allSatisfy(c -> assertThat(c.fieldNames())
        .toIterable().containsExactly("id", "speaker", "speakerText", "via", "modality",
            "section", "subject", "predicate", "object", "evidence"));
  }

  @Test
  void exportedEventsCarryTheirTimeCountsAndParticipants() throws IOException {
    JsonNode root = export();
    String nds = entityId(root, "National Directorate of Security");
    String jalalabad = entityId(root, "Jalalabad");

    JsonNode arrest = root.at("/events/0");
    assertThat(arrest.get("id").asText()).matches("evt-[0-9a-f]{12}");
    assertThat(arrest.get("type").asText()).isEqualTo("ARREST");
    assertThat(arrest.at("/time/value").asText()).isEqualTo("../2021-02-21");
    assertThat(arrest.at("/time/precision").asText()).isEqualTo("RANGE");
    assertThat(arrest.at("/time/basis").asText()).isEqualTo("REPORTED");
    assertThat(arrest.at("/time/text").asText()).isEqualTo("on Sunday");
    assertThat(arrest.get("killed").isNull()).isTrue();
    assertThat(arrest.get("location").asText()).isEqualTo(jalalabad);
    assertThat(arrest.at("/participants/0/entity").asText()).isEqualTo(nds);
    assertThat(arrest.at("/participants/0/role").asText()).isEqualTo("AGENT");
    assertThat(arrest.at("/participants/1/entity").isNull()).isTrue();
    assertThat(arrest.at("/participants/1/text").asText())
        .isEqualTo("two members of the Islamic State");
    JsonNode bombing = root.at("/events/1");
    assertThat(bombing.get("killed").asInt()).isEqualTo(3);
    assertThat(bombing.get("injured").asInt()).isEqualTo(5);
    assertThat(bombing.get("evidence")).hasSize(2);
    JsonNode shooting = root.at("/events/2");
    assertThat(shooting.at("/time/value").isNull()).isTrue();
    assertThat(shooting.at("/time/precision").asText()).isEqualTo("UNKNOWN");
  }

  @Test
  void exportedClaimsNameTheirSpeakerChannelsSubjectAndObject() throws IOException {
    JsonNode root = export();
    String nds = entityId(root, "National Directorate of Security");
    String tolo = entityId(root, "Tolo News");
    String islamicState = entityId(root, "Islamic State");
    String arrest = root.at("/events/0/id").asText();
    String bombing = root.at("/events/1/id").asText();

    JsonNode occurred = root.at("/claims/0");
    assertThat(occurred.get("id").asText()).matches("clm-[0-9a-f]{12}");
    assertThat(occurred.get("speaker").asText()).isEqualTo(nds);
    assertThat(occurred.get("speakerText").isNull()).isTrue();
    assertThat(occurred.get("subject").asText()).isEqualTo(arrest);
    assertThat(occurred.get("predicate").asText()).isEqualTo("OCCURRED");
    assertThat(occurred.get("object").isNull()).isTrue();
    JsonNode confession = root.at("/claims/1");
    assertThat(confession.get("speaker").isNull()).isTrue();
    assertThat(confession.get("speakerText").asText()).isEqualTo("the detainees");
    assertThat(confession.get("via")).extracting(JsonNode::asText).containsExactly(tolo, nds);
    assertThat(confession.get("modality").asText()).isEqualTo("CONFESSED");
    assertThat(confession.get("subject").asText()).isEqualTo(islamicState);
    assertThat(confession.get("object").asText()).isEqualTo(bombing);
    JsonNode comment = root.at("/claims/2");
    assertThat(comment.get("section").asText()).isEqualTo("comment");
    assertThat(comment.get("speakerText").asText()).isEqualTo("reader comment");
  }

  @Test
  void everyExportIdIsUniqueAndStableAndEveryReferenceIsExported() throws IOException {
    JsonNode root = export();
    List<String> ids = new ArrayList<>();
    for (String array : List.of("documents", "entities", "events", "claims")) {
      root.get(array).forEach(n -> ids.add(n.get("id").asText()));
    }
    Set<String> entities = idsOf(root, "entities");
    Set<String> entitiesAndEvents = new HashSet<>(entities);
    entitiesAndEvents.addAll(idsOf(root, "events"));

    assertThat(ids).doesNotHaveDuplicates();
    for (JsonNode v : root.get("events")) {
      assertThat(v.get("location").asText()).isIn(entities);
      v.get("participants").forEach(p -> {
        if (!p.get("entity").isNull()) {
          assertThat(p.get("entity").asText()).isIn(entities);
        }
      });
    }
    for (JsonNode c : root.get("claims")) {
      if (!c.get("speaker").isNull()) {
        assertThat(c.get("speaker").asText()).isIn(entities);
      }
      c.get("via").forEach(v -> assertThat(v.asText()).isIn(entities));
      assertThat(c.get("subject").asText()).isIn(entitiesAndEvents);
      if (!c.get("object").isNull()) {
        assertThat(c.get("object").asText()).isIn(entitiesAndEvents);
      }
    }
    JsonNode again = export();
    assertThat(idsOf(again, "events")).isEqualTo(idsOf(root, "events"));
    assertThat(idsOf(again, "claims")).isEqualTo(idsOf(root, "claims"));
  }

  @Test
  void everyEventAndClaimEvidenceQuotesItsDocumentAtItsSpan() throws IOException {
    JsonNode root = export();
    Map<String, String> texts = new HashMap<>();
    root.get("documents").forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));

    int slices = 0;
    for (String array : List.of("events", "claims")) {
      for (JsonNode owner : root.get(array)) {
        assertThat(owner.get("evidence")).isNotEmpty();
        for (JsonNode e : owner.get("evidence")) {
          String text = texts.get(e.get("document").asText());
          assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
              .isEqualTo(e.get("text").asText());
          assertThat(e.get("section").asText()).isIn("title", "body", "caption", "comment");
          slices++;
        }
      }
    }
    assertThat(slices).isEqualTo(8);
  }

  @Test
  void exportedGeoIsTheMostCommonAmongTheGroupsMembersAndNullWithoutAny() throws IOException {
    JsonNode root = export();

    JsonNode jalalabad = exported(root, "Jalalabad");
    assertThat(jalalabad.get("documents").asInt()).isEqualTo(3);
    assertThat(jalalabad.get("geo").fieldNames()).toIterable()
        .containsExactly("lat", "lon", "country", "province");
    assertThat(jalalabad.at("/geo/lat").asDouble()).isEqualTo(JALALABAD.lat());
    assertThat(jalalabad.at("/geo/lon").asDouble()).isEqualTo(JALALABAD.lon());
    assertThat(jalalabad.at("/geo/country").asText()).isEqualTo("AF");
    assertThat(jalalabad.at("/geo/province").asText()).isEqualTo("Nangarhar");
    assertThat(exported(root, "Surkh Rod").at("/geo/lat").asDouble()).isEqualTo(34.39);
    assertThat(exported(root, "Tolo News").get("geo").isNull()).isTrue();
  }

  @Test
  void showListsTheEventsAnEntityTakesPartInAndTheClaimsItSpeaks() {
    String nds = store.entities(null, "Directorate").get(0).id();

    assertThat(store.show(nds).orElseThrow()).isInstanceOfSatisfying(Shown.EntityView.class,
        v -> {
          assertThat(v.events()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(EventType.ARREST);
            assertThat(p.role()).isEqualTo(Role.AGENT);
            assertThat(p.time()).isEqualTo("../2021-02-21");
          });
          assertThat(v.claims()).singleElement().satisfies(c -> {
            assertThat(c.predicate()).isEqualTo(Predicate.OCCURRED);
            assertThat(c.evidence().text()).isEqualTo("said on Sunday it arrested");
          });
        });
  }

  private static Extraction smallExtraction(Document doc) {
    return extraction(doc,
        List.of(entity(doc, "e1", EntityType.LOCATION, "Khost"),
            entity(doc, "e2", EntityType.ORGANIZATION, "NDS"),
            entity(doc, "e3", EntityType.ORGANIZATION, "Tolo News")),
        List.of(new Event("v1", EventType.BOMBING, TimeSpec.unknown(), null, null, "e1",
            List.of(new Participant("e2", Role.AGENT, "NDS")),
            List.of(evidence(doc, "A blast hit Khost city")))),
        List.of(new Claim("c1", "e2", null, List.of(), Modality.ACCUSED, Section.BODY, "v1",
                Predicate.OCCURRED, null, List.of(evidence(doc, "The NDS blamed"))),
            new Claim("c2", "e2", null, List.of("e3"), Modality.ACCUSED, Section.BODY, "e2",
                Predicate.PERPETRATOR_OF, "v1", List.of(evidence(doc, "Tolo News said so"))),
            new Claim("c3", "e3", null, List.of(), Modality.ASSERTED, Section.BODY, "e3",
                Predicate.WORKS_FOR, "e2", List.of(evidence(doc, "Tolo News said so")))));
  }

  private static Extraction replaceEvent(Extraction x, int i, UnaryOperator<Event> change) {
    List<Event> events = new ArrayList<>(x.events());
    events.set(i, change.apply(events.get(i)));
    return extraction(x, events, x.claims());
  }

  private static Extraction replaceClaim(Extraction x, int i, UnaryOperator<Claim> change) {
    List<Claim> claims = new ArrayList<>(x.claims());
    claims.set(i, change.apply(claims.get(i)));
    return extraction(x, x.events(), claims);
  }

  private static Extraction extraction(Extraction x, List<Event> events, List<Claim> claims) {
    return new Extraction(x.document(), x.pipeline(), x.entities(), events, claims,
        x.problems());
  }

  private static Set<String> idsOf(JsonNode root, String array) {
    Set<String> ids = new HashSet<>();
    root.get(array).forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  private static JsonNode exported(JsonNode root, String name) {
    return root.get("entities").valueStream()
        .filter(e -> e.get("name").asText().equals(name)).findFirst().orElseThrow();
  }

  private static String entityId(JsonNode root, String name) {
    return exported(root, name).get("id").asText();
  }

  private static JsonNode export() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out);
    return new ObjectMapper().readTree(out.toByteArray());
  }
}
