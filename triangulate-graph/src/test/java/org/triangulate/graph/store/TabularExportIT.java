package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.export.ExportFormat;

/**
 * The ACLED-style CSV read back by Apache Commons CSV, and the FollowTheMoney lines checked by
 * the FollowTheMoney model of npm {@code @alephdata/followthemoney} under Node.
 */
class TabularExportIT {
  @TempDir static Path dataDir;
  @TempDir static Path files;
  static Store store;
  static JsonNode triangulate;

  @BeforeAll
  static void save() throws IOException {
    store = ExportFixture.store(dataDir, ExportFixture.reports());
    triangulate = new ObjectMapper().readTree(ExportFixture.export(store, ExportFormat.JSON));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void csvHasOneRowPerEventWithAcledColumnsAndDates() throws IOException {
    String csv = ExportFixture.export(store, ExportFormat.CSV);
    assertThat(csv).startsWith("event_date,year,time_precision,event_type,sub_event_type,actor1,")
        .contains("\r\n");
    List<CSVRecord> rows;
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(csv))) {
      rows = parser.getRecords();
      assertThat(parser.getHeaderNames()).contains("event_date", "event_type", "sub_event_type",
          "actor1", "assoc_actor_1", "actor2", "country", "admin1", "admin2", "location",
          "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
    }
    assertThat(rows).hasSize(triangulate.get("events").size());
    CSVRecord bombing = rows.stream()
        .filter(r -> r.get("triangulate_event_type").equals("BOMBING")).findFirst().orElseThrow();
    assertThat(bombing.get("event_date")).isEqualTo("11 February 2021");
    assertThat(bombing.get("year")).isEqualTo("2021");
    assertThat(bombing.get("time_precision")).isEqualTo("1");
    assertThat(bombing.get("event_type")).isEqualTo("Explosions/Remote violence");
    assertThat(bombing.get("sub_event_type")).as("IED, suicide bomb or grenade: not guessed").isEmpty();
    assertThat(bombing.get("actor1")).isEqualTo("Islamic State");
    assertThat(bombing.get("country")).isEqualTo("Afghanistan");
    assertThat(bombing.get("admin1")).isEqualTo("Nangarhar");
    assertThat(bombing.get("location")).isEqualTo("Jalalabad");
    assertThat(Double.parseDouble(bombing.get("latitude"))).isEqualTo(ExportFixture.JALALABAD.lat());
    assertThat(bombing.get("source")).isEqualTo("Example Times; Kabul Ledger");
    assertThat(bombing.get("fatalities")).isEqualTo("3");
    assertThat(bombing.get("notes")).contains("A magnetic bomb killed three people");
    CSVRecord arrest = rows.stream()
        .filter(r -> r.get("triangulate_event_type").equals("ARREST")).findFirst().orElseThrow();
    assertThat(arrest.get("event_type")).isEqualTo("Strategic developments");
    assertThat(arrest.get("sub_event_type")).isEqualTo("Arrests");
    assertThat(arrest.get("event_date")).as("a range ending on the report: no ACLED code").isEmpty();
    assertThat(arrest.get("actor1")).isEqualTo("National Directorate of Security");
    CSVRecord assault = rows.stream()
        .filter(r -> r.get("triangulate_event_type").equals("ARMED_ASSAULT")).findFirst()
        .orElseThrow();
    assertThat(assault.get("actor1")).as("unnamed gunmen are not named").isEmpty();
    assertThat(assault.get("fatalities")).as("not reported").isEmpty();
  }

  @Test
  void followTheMoneyModelAcceptsEveryEntityAndEveryReference() throws Exception {
    Path file = files.resolve("graph.jsonl");
    Files.writeString(file, ExportFixture.export(store, ExportFormat.FTM));

    JsonNode checked = new ObjectMapper().readTree(
        NodeReader.run("check-ftm.mjs", file.toAbsolutePath().toString()));

    assertThat(checked.get("errors")).isEmpty();
    JsonNode schemata = checked.get("schemata");
    for (String schema : List.of("Person", "Organization", "Address", "Event", "Article",
        "Documentation", "Mention", "Membership", "UnknownLink")) {
      assertThat(schemata.has(schema)).as(schema).isTrue();
    }
    assertThat(schemata.get("Event").asInt()).isEqualTo(triangulate.get("events").size());
    assertThat(schemata.get("Article").asInt()).isEqualTo(triangulate.get("documents").size());
    assertThat(schemata.get("Person").asInt() + schemata.get("Organization").asInt()
        + schemata.get("Address").asInt()).isEqualTo(triangulate.get("entities").size());
    assertThat(schemata.get("Membership").asInt() + schemata.get("UnknownLink").asInt()
        + (schemata.has("Directorship") ? schemata.get("Directorship").asInt() : 0))
        .isEqualTo(triangulate.get("links").size());
  }

  /**
   * A FollowTheMoney Mention per person or organisation per document that names it: the names
   * the document gives it, the document, the entity it was resolved to, and the countries of
   * the located places the same document names (the model's "co-occurring countries").
   */
  @Test
  void eachDocumentsNamesOfAPersonOrGroupAreAMentionResolvedToIt() throws Exception {
    Map<String, Set<String>> expected = new TreeMap<>(); // "document entity" -> mention texts
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode e : triangulate.get("entities")) {
      byId.put(e.get("id").asText(), e);
      if (!Set.of("PERSON", "ORGANIZATION").contains(e.get("type").asText())) {
        continue;
      }
      for (JsonNode m : e.get("mentions")) {
        expected.computeIfAbsent(m.get("document").asText() + " " + e.get("id").asText(),
            k -> new TreeSet<>()).add(m.get("text").asText());
      }
    }
    Map<String, Set<String>> countries = new HashMap<>(); // document -> located places' countries
    for (JsonNode e : triangulate.get("entities")) {
      if (!e.get("geo").isNull()) {
        e.get("mentions").forEach(m -> countries.computeIfAbsent(m.get("document").asText(),
            k -> new TreeSet<>()).add(e.get("geo").get("country").asText().toLowerCase(Locale.ROOT)));
      }
    }
    Map<String, JsonNode> mentions = new TreeMap<>();
    for (String line : ExportFixture.export(store, ExportFormat.FTM).split("\n")) {
      JsonNode ftm = new ObjectMapper().readTree(line);
      if (ftm.get("schema").asText().equals("Mention")) {
        JsonNode p = ftm.get("properties");
        String key = p.get("document").get(0).asText() + " " + p.get("resolved").get(0).asText();
        assertThat(mentions.put(key, p)).as("one Mention per document and entity: " + key).isNull();
      }
    }
    assertThat(mentions.keySet()).isNotEmpty().isEqualTo(expected.keySet());
    mentions.forEach((key, p) -> {
      JsonNode entity = byId.get(key.split(" ")[1]);
      Set<String> names = new TreeSet<>();
      p.get("name").forEach(n -> names.add(n.asText()));
      assertThat(expected.get(key)).as(key).containsAll(names);
      assertThat(p.get("detectedSchema").get(0).asText()).isEqualTo(
          entity.get("type").asText().equals("PERSON") ? "Person" : "Organization");
      Set<String> context = new TreeSet<>();
      p.path("contextCountry").forEach(c -> context.add(c.asText()));
      assertThat(context).as(key).isEqualTo(countries.getOrDefault(key.split(" ")[0], Set.of()));
    });
  }
}
