package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.server.Http.get;
import static org.triangulate.server.Http.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;

/** Each endpoint's shape and status codes, over three invented reports saved for the class. */
class ApiIT {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-05T10:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dataDir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
    Corpus.save(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static Javalin app() {
    return TriangulateServer.create(ServerSettings.local(0), store, () -> {
      throw new AssertionError("these tests upload nothing");
    }, CLOCK);
  }

  /** The id of the entity the search for {@code name} finds first. */
  static String entityId(io.javalin.testtools.HttpClient client, String name) {
    return get(client, "/api/search?q=" + name.replace(" ", "%20")).json().get(0).get("id").asText();
  }

  @Test
  void documentsAreListedInTheOrderStored() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode docs = get(client, "/api/documents").json();
      assertThat(docs).hasSize(3);
      JsonNode first = docs.get(0);
      assertThat(first.get("id").asText()).isEqualTo(Corpus.ARREST.id().value());
      assertThat(first.get("title").asText()).isEqualTo("NDS arrests Haqqani commander in Kandahar");
      assertThat(first.get("published").asText()).isEqualTo("2021-03-02");
      assertThat(first.get("publishedInferred").asBoolean()).isFalse();
      assertThat(first.get("entities").asInt()).isEqualTo(4);
      assertThat(first.get("extracted").asBoolean()).isTrue();
      assertThat(first.has("copyOf")).isTrue();
      assertThat(first.get("language").asText()).isEqualTo("eng");
      assertThat(first.get("resolved").asBoolean()).isTrue();
    });
  }

  @Test
  void aDocumentComesWithItsTextAndOffsetsIntoIt() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode doc = get(client, "/api/documents/" + Corpus.CLAIMED.id().value()).json();
      String text = doc.get("text").asText();
      assertThat(text).isEqualTo(Corpus.CLAIMED.text());
      List<String> sections = new ArrayList<>();
      doc.get("parts").forEach(p -> sections.add(p.get("section").asText()));
      assertThat(sections).containsExactly("title", "body", "comment");
      for (JsonNode m : doc.get("mentions")) {
        String said = text.substring(m.get("start").asInt(), m.get("end").asInt());
        assertThat(m.get("entity").asText()).startsWith("ent-");
        if (m.get("type").asText().equals("PERSON")) {
          assertThat(said).isIn("Ahmad Rahimi", "Karim Zadran");
        }
      }
      assertThat(doc.get("events")).hasSize(1);
      assertThat(doc.get("events").get(0).get("type").asText()).isEqualTo("BOMBING");
      assertThat(doc.get("events").get(0).get("time").asText()).isEqualTo("2021-02-14");
      JsonNode claims = doc.get("claims");
      assertThat(claims).hasSize(4);
      JsonNode member = claims.get(2);
      assertThat(member.get("predicate").asText()).isEqualTo("MEMBER_OF");
      assertThat(member.get("speakerName").asText()).isEqualTo("Ahmad Rahimi");
      assertThat(member.get("subjectName").asText()).isEqualTo("Karim Zadran");
      assertThat(member.get("objectName").asText()).isEqualTo("Haqqani Network");
      assertThat(member.get("section").asText()).isEqualTo("body");
      JsonNode evidence = member.get("evidence").get(0);
      assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
          .isEqualTo(evidence.get("text").asText());
      assertThat(claims.get(1).get("speaker").isNull()).isTrue();
      assertThat(claims.get(1).get("speakerText").asText()).isEqualTo("police");
    });
  }

  @Test
  void aDocumentSavedByABatchNotYetResolvedSaysSoUntilResolved(@TempDir Path otherData) {
    try (Store batchStore = Store.open(new StoreLocation.Embedded(otherData))) {
      Corpus.save(batchStore);
      Document pending = Reports.report(
          "Invented report: a batch saved this and has not resolved it",
          "Police in Kandahar said Karim Zadran was seen at the market.", "Example Times",
          LocalDate.of(2021, 3, 5), null);
      batchStore.saveDeferringResolution(pending, Reports.extraction(pending, List.of(
          Reports.entity(pending, "e1", EntityType.PERSON, "Karim Zadran")),
          List.of(), List.of()));
      Javalin batchApp = TriangulateServer.create(ServerSettings.local(0), batchStore, () -> {
        throw new AssertionError("these tests upload nothing");
      }, CLOCK);
      String id = pending.id().value();
      JavalinTest.test(batchApp, (server, client) -> {
        assertThat(resolvedById(get(client, "/api/documents").json()))
            .containsEntry(Corpus.ARREST.id().value(), true).containsEntry(id, false);
        assertThat(get(client, "/api/documents/" + id).json().get("resolved").asBoolean())
            .isFalse();
        assertThat(get(client, "/api/documents/" + Corpus.ARREST.id().value()).json()
            .get("resolved").asBoolean()).isTrue();

        batchStore.resolve();

        assertThat(get(client, "/api/documents/" + id).json().get("resolved").asBoolean())
            .isTrue();
        assertThat(resolvedById(get(client, "/api/documents").json())).containsEntry(id, true);
      });
    }
  }

  private static Map<String, Boolean> resolvedById(JsonNode documents) {
    Map<String, Boolean> out = new HashMap<>();
    // a missing field reads as null, which no entry the tests expect equals
    documents.forEach(d -> out.put(d.get("id").asText(),
        d.has("resolved") ? d.get("resolved").asBoolean() : null));
    return out;
  }

  @Test
  void anUnknownDocumentIsA404InJson() {
    JavalinTest.test(app(), (server, client) -> {
      for (String id : List.of("doc-0000000000000000", "nonsense")) {
        Http.Answer a = get(client, "/api/documents/" + id);
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("status").asInt()).isEqualTo(404);
        assertThat(a.json().get("error").asText()).isEqualTo("Not Found");
        assertThat(a.json().get("message").asText()).isEqualTo("no document " + id);
      }
      Http.Answer path = get(client, "/api/nothing-here");
      assertThat(path.status()).isEqualTo(404);
      assertThat(path.json().get("message").asText()).contains("/api/nothing-here");
    });
  }

  @Test
  void entitiesAreListedMostDocumentsFirstAndFiltered() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode all = get(client, "/api/entities").json();
      assertThat(all.get(0).get("name").asText()).isEqualTo("Kandahar");
      assertThat(all.get(0).get("documents").asInt()).isEqualTo(3);
      JsonNode people = get(client, "/api/entities?type=person").json();
      List<String> names = new ArrayList<>();
      people.forEach(p -> names.add(p.get("name").asText()));
      assertThat(names).containsExactly("Karim Zadran", "Ahmad Rahimi");
      JsonNode nds = get(client, "/api/entities?q=nds&limit=5").json();
      assertThat(nds).hasSize(1);
      assertThat(nds.get(0).get("name").asText()).isEqualTo("National Directorate of Security");
      assertThat(nds.get(0).get("aliases").get(0).asText()).isEqualTo("NDS");
      assertThat(nds.get(0).get("kb").asText()).isEqualTo("kb-nds");
      assertThat(get(client, "/api/entities?type=WEAPON").status()).isEqualTo(400);
      assertThat(get(client, "/api/entities?limit=0").status()).isEqualTo(400);
    });
  }

  @Test
  void anEntityPageHasEvidenceAffiliationsEventsAndClaimsBySpeaker() {
    JavalinTest.test(app(), (server, client) -> {
      String karim = entityId(client, "Karim Zadran");
      JsonNode e = get(client, "/api/entities/" + karim).json();
      assertThat(e.get("type").asText()).isEqualTo("PERSON");
      assertThat(e.get("geo").isNull()).isTrue();
      assertThat(e.get("descriptions").get(0).get("text").asText())
          .isEqualTo("senior commander of the Haqqani Network");
      assertThat(e.get("descriptions").get(0).get("sentence").asText()).startsWith(
          "The National Directorate of Security (NDS) said on Monday it arrested Karim Zadran");
      JsonNode affiliation = e.get("affiliations").get(0);
      assertThat(affiliation.get("type").asText()).isEqualTo("MEMBER_OF");
      assertThat(affiliation.get("targetName").asText()).isEqualTo("Haqqani Network");
      assertThat(affiliation.get("grade").asText()).matches("[A-F]2");
      assertThat(e.get("events").get(0).get("type").asText()).isEqualTo("ARREST");
      assertThat(e.get("events").get(0).get("role").asText()).isEqualTo("DETAINEE");
      assertThat(e.get("events").get(0).get("place").asText()).isEqualTo("Kandahar");
      List<String> speakers = new ArrayList<>();
      e.get("claimsBySpeaker").forEach(s -> speakers.add(s.get("speakerName").asText()));
      assertThat(speakers).containsExactlyInAnyOrder("National Directorate of Security", "Ahmad Rahimi");
      assertThat(e.get("mentions")).hasSize(3);
      assertThat(e.get("mentions").get(1).get("sentence").asText())
          .isEqualTo("Karim Zadran is a member of the Haqqani Network, the NDS said.");

      JsonNode nds = get(client, "/api/entities/" + entityId(client, "National Directorate")).json();
      assertThat(nds.get("aliases").get(0).get("name").asText()).isEqualTo("NDS");
      assertThat(nds.get("aliases").get(0).get("sentence").asText())
          .isEqualTo("NDS arrests Haqqani commander in Kandahar");
      JsonNode kandahar = get(client, "/api/entities/" + entityId(client, "Kandahar")).json();
      assertThat(kandahar.get("geo").get("province").asText()).isEqualTo("Kandahar");
      assertThat(kandahar.get("events").findValuesAsText("role")).contains("LOCATION");
      assertThat(get(client, "/api/entities/ent-000000000000").status()).isEqualTo(404);
    });
  }

  @Test
  void anEntityPagePagesByCursorAndRefusesOffsets() {
    JavalinTest.test(app(), (server, client) -> {
      String karim = entityId(client, "Karim Zadran");
      JsonNode first = get(client, "/api/entities/" + karim).json();
      assertThat(first.get("page").get("mentions").isNull()).isTrue();
      assertThat(first.get("next").get("mentions").isNull()).as("3 mentions, one page").isTrue();
      // cursors are opaque to clients; the test knows their form: the list, then the sort key
      String pastTheLast = cursor("m.9000000000.0.0.0");
      String beforeTheFirst = cursor("m.0.0.0.0");
      JsonNode past = get(client, "/api/entities/" + karim + "?mentionsAfter=" + pastTheLast).json();
      assertThat(past.get("mentions")).isEmpty();
      assertThat(past.get("page").get("mentions").asText()).isEqualTo(pastTheLast);
      assertThat(past.get("events")).hasSameSizeAs(first.get("events"));
      assertThat(get(client, "/api/entities/" + karim + "?mentionsAfter=" + beforeTheFirst).json()
          .get("mentions")).isEqualTo(first.get("mentions"));

      Http.Answer wrongList = get(client, "/api/entities/" + karim + "?eventsAfter=" + pastTheLast);
      assertThat(wrongList.status()).isEqualTo(400);
      assertThat(wrongList.json().get("message").asText()).startsWith("eventsAfter must be a cursor");
      Http.Answer offset = get(client, "/api/entities/" + karim + "?mentionsFrom=60");
      assertThat(offset.status()).isEqualTo(400);
      assertThat(offset.json().get("message").asText()).contains("mentionsAfter");
    });
  }

  private static String cursor(String key) {
    return java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theTimelineIsDatedEventsWithPlaces() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode events = get(client, "/api/events").json();
      assertThat(events).hasSize(3);
      assertThat(events.get(0).get("type").asText()).isEqualTo("BOMBING");
      assertThat(events.get(0).get("time").asText()).isEqualTo("2021-02-14");
      assertThat(events.get(0).get("placeGeo").get("lat").asDouble()).isEqualTo(31.6133);
      assertThat(events.get(2).get("basis").asText()).isEqualTo("REPORTED");
      String karim = entityId(client, "Karim Zadran");
      assertThat(get(client, "/api/events?entity=" + karim).json()).hasSize(1);
      assertThat(get(client, "/api/events?from=2021-02-20&to=2021-03-31").json()).hasSize(1);
      assertThat(get(client, "/api/events?from=yesterday").status()).isEqualTo(400);
      assertThat(get(client, "/api/events?from=2021-03-02&to=2021-03-01").status()).isEqualTo(400);
    });
  }

  @Test
  void eventsAreFilteredByTypePlaceAndActorAndLeaveTheRestOut() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(get(client, "/api/events?type=bombing").json().findValuesAsText("type"))
          .containsExactly("BOMBING", "BOMBING");
      assertThat(get(client, "/api/events?type=KIDNAPPING").json()).isEmpty();
      assertThat(get(client, "/api/events?place=kandahar+province").json()).hasSize(3);
      assertThat(get(client, "/api/events?place=Kabul").json()).isEmpty();
      assertThat(get(client, "/api/events?actor=NDS").json().findValuesAsText("type"))
          .containsExactly("ARREST");
      assertThat(get(client, "/api/events?actor=Haqqani+Network&type=arrest").json()).isEmpty();
      JsonNode bombing = get(client, "/api/events?actor=Haqqani+Network").json();
      assertThat(bombing.findValuesAsText("type")).containsExactly("BOMBING");
      assertThat(bombing.get(0).get("province").asText()).isEqualTo("Kandahar");
      assertThat(bombing.get(0).get("documentId").asText())
          .isEqualTo(Corpus.ARREST.id().value());
    });
  }

  @Test
  void aBadEventTypeIsA400NamingTheParameter() {
    JavalinTest.test(app(), (server, client) -> {
      Http.Answer bad = get(client, "/api/events?type=riot");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().get("message").asText()).startsWith("type must be one of ARREST,")
          .endsWith(": riot");
    });
  }

  @Test
  void anEventInFullHasEveryReportItsPlaceAndItsClaimsByOrigin() {
    JavalinTest.test(app(), (server, client) -> {
      String group = get(client, "/api/events?type=bombing").json().get(0).get("group").asText();
      JsonNode e = get(client, "/api/events/" + group).json();
      assertThat(e.get("type").asText()).isEqualTo("BOMBING");
      assertThat(e.get("documents").findValuesAsText("id"))
          .containsExactlyInAnyOrder(Corpus.ARREST.id().value(), Corpus.CLAIMED.id().value());
      JsonNode report = e.get("reports").get(0);
      assertThat(report.get("time").get("value").asText()).isEqualTo("2021-02-14");
      assertThat(report.get("time").get("text").asText()).isEqualTo("on 14 February");
      assertThat(report.get("time").get("basis").asText()).isEqualTo("EVENT");
      assertThat(report.get("place").get("province").asText()).isEqualTo("Kandahar");
      assertThat(report.get("place").get("lat").asDouble()).isEqualTo(31.6133);
      assertThat(e.get("reports").findValuesAsText("role")).contains("PERPETRATOR", "CLAIMANT");
      assertThat(e.get("claimsByOrigin").findValuesAsText("modality"))
          .contains("CLAIMED", "ACCUSED");
      assertThat(e.get("claimsByOrigin").size()).isGreaterThan(1);
    });
  }

  @Test
  void anUnknownOrMalformedEventIdIsA404() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(get(client, "/api/events/evt-000000000000").status()).isEqualTo(404);
      assertThat(get(client, "/api/events/ent-000000000000").status()).isEqualTo(404);
    });
  }

  @Test
  void linksCountIndependentOriginsAndGroupClaimsByOrigin() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode links = get(client, "/api/links").json();
      JsonNode member = links.get(0);
      assertThat(member.get("type").asText()).isEqualTo("MEMBER_OF");
      assertThat(member.get("sourceName").asText()).isEqualTo("Karim Zadran");
      assertThat(member.get("independentOrigins").asInt()).isEqualTo(2);
      assertThat(member.get("id").asText()).isEqualTo(member.get("source").asText() + "~"
          + member.get("target").asText() + "~MEMBER_OF");
      JsonNode twoOrMore = get(client, "/api/links?minOrigins=2").json();
      assertThat(twoOrMore.findValuesAsText("id")).contains(member.get("id").asText());
      twoOrMore.forEach(l -> assertThat(l.get("independentOrigins").asInt()).isGreaterThanOrEqualTo(2));
      assertThat(get(client, "/api/links?minOrigins=3").json()).isEmpty();
      assertThat(get(client, "/api/links?grade=A1").json()).isEmpty();
      assertThat(get(client, "/api/links?grade=G7").status()).isEqualTo(400);
      assertThat(get(client, "/api/links?minOrigins=-1").status()).isEqualTo(400);
      assertThat(get(client, "/api/links?entity=" + member.get("source").asText()).json())
          .hasSize(1); // Karim Zadran is in one link only

      JsonNode detail = get(client, "/api/links/" + member.get("id").asText()).json();
      assertThat(detail.get("grade").asText()).isEqualTo(member.get("grade").asText());
      List<String> origins = detail.get("byOrigin").findValuesAsText("origin");
      assertThat(origins).containsExactly("National Directorate of Security", "Ministry of Interior");
      JsonNode rahimi = detail.get("byOrigin").get(1).get("claims").get(0);
      assertThat(rahimi.get("speakerName").asText()).isEqualTo("Ahmad Rahimi");
      assertThat(rahimi.get("documentTitle").asText()).isEqualTo(Corpus.CLAIMED.meta().title());
      assertThat(rahimi.get("published").asText()).isEqualTo("2021-03-03");
      assertThat(detail.get("byOrigin").get(1).get("why").asText()).contains("speaks for it");
      assertThat(get(client, "/api/links/ent-1~ent-2~LEADS").status()).isEqualTo(404);
    });
  }

  @Test
  void theGraphHasEntityLinksOnly() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode graph = get(client, "/api/graph").json();
      assertThat(graph.get("edges").findValuesAsText("type"))
          .containsExactlyInAnyOrder("MEMBER_OF", "SPOKESPERSON_FOR");
      assertThat(graph.get("nodes").findValuesAsText("name")).containsExactlyInAnyOrder(
          "Karim Zadran", "Haqqani Network", "Ahmad Rahimi", "Ministry of Interior");
      assertThat(get(client, "/api/graph?minOrigins=2").json().get("edges")).hasSize(1);
    });
  }

  @Test
  void aClaimedBombingAttributedToAnotherGroupIsAConflict() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode conflicts = get(client, "/api/conflicts").json();
      assertThat(conflicts).hasSize(1);
      JsonNode c = conflicts.get(0);
      assertThat(c.get("kind").asText()).isEqualTo("claimed-vs-attributed");
      assertThat(c.get("eventType").asText()).isEqualTo("BOMBING");
      assertThat(c.get("claimed").get(0).get("name").asText()).isEqualTo("Islamic State");
      assertThat(c.get("attributed").get(0).get("name").asText()).isEqualTo("Haqqani Network");
      assertThat(c.get("claims").findValuesAsText("text"))
          .contains("The Islamic State claimed responsibility");
    });
  }

  @Test
  void searchIsFuzzyOnNamesAndAliases() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode hits = get(client, "/api/search?q=haqani%20network").json();
      assertThat(hits.get(0).get("name").asText()).isEqualTo("Haqqani Network");
      assertThat(hits.get(0).get("score").asDouble()).isBetween(0.3, 1.0);
      JsonNode zadran = get(client, "/api/search?q=Zadran").json();
      assertThat(zadran.get(0).get("name").asText()).isEqualTo("Karim Zadran");
      assertThat(get(client, "/api/search?q=Kandahar&type=PERSON").json()).isEmpty();
      assertThat(get(client, "/api/search").status()).isEqualTo(400);
      assertThat(get(client, "/api/search?q=" + "x".repeat(201)).status()).isEqualTo(400);
    });
  }

  @Test
  void placesHaveCoordinatesAndEventCounts() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode places = get(client, "/api/places").json();
      assertThat(places).hasSize(1);
      assertThat(places.get(0).get("name").asText()).isEqualTo("Kandahar");
      assertThat(places.get(0).get("country").asText()).isEqualTo("AF");
      assertThat(places.get(0).get("events").asInt()).isEqualTo(3);
    });
  }

  @Test
  void notesAreAddedAndListedByTarget() {
    JavalinTest.test(app(), (server, client) -> {
      String target = entityId(client, "Karim Zadran");
      Http.Answer added = postJson(client, "/api/notes",
          "{\"target\":\"" + target + "\",\"text\":\"Check the NDS video.\",\"author\":\"ana\"}");
      assertThat(added.status()).isEqualTo(201);
      assertThat(added.json().get("created").asText()).isEqualTo("2021-03-05T10:00:00Z");
      JsonNode notes = get(client, "/api/notes?target=" + target).json();
      assertThat(notes).hasSize(1);
      assertThat(notes.get(0).get("text").asText()).isEqualTo("Check the NDS video.");
      assertThat(notes.get(0).get("author").asText()).isEqualTo("ana");
      assertThat(postJson(client, "/api/notes", "{\"target\":\"x\"}").status()).isEqualTo(400);
      assertThat(postJson(client, "/api/notes", "not json").status()).isEqualTo(400);
      assertThat(postJson(client, "/api/notes", "{\"target\":\"x\",\"text\":\""
          + "y".repeat(20_001) + "\"}").status()).isEqualTo(400);
      Http.Answer form = Http.answer(client.request("/api/notes", b -> b.post(
          java.net.http.HttpRequest.BodyPublishers.ofString("target=x&text=y"))
          .header("Content-Type", "application/x-www-form-urlencoded")));
      assertThat(form.status()).isEqualTo(415);
      assertThat(get(client, "/api/notes").status()).isEqualTo(400);
    });
  }

  @Test
  void aClaimIsCitedWithSpeakerDocumentDateAndGrade() {
    JavalinTest.test(app(), (server, client) -> {
      String id = get(client, "/api/documents/" + Corpus.CLAIMED.id().value()).json()
          .get("claims").get(2).get("id").asText();
      JsonNode cite = get(client, "/api/cite/" + id).json();
      assertThat(cite.get("text").asText()).isEqualTo(
          "“said Karim Zadran was a member of the Haqqani Network” — Ahmad Rahimi, in Islamic "
              + "State claims Kandahar market bombing (" + Corpus.CLAIMED.meta().url()
              + "), 2021-03-03. Link grade " + cite.get("grade").asText() + ".");
      assertThat(cite.get("grade").asText()).matches("[A-F]2");
      assertThat(get(client, "/api/cite/clm-000000000000").status()).isEqualTo(404);
    });
  }
}
