package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.export.ExportFormat;

/**
 * The STIX 2.1 bundle: each object against its type's OASIS JSON schema (when the schemas are
 * beside the project), its references and ids, and the same ids from the same documents saved
 * in another order.
 */
class StixExportIT {
  /** Where the OASIS schemas are published; their $ids start so. */
  private static final String SCHEMA_PREFIX =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
  private static final String STIX_ID =
      "^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "identity", List.of("name"), "threat-actor", List.of("name"), "location", List.of(),
      "incident", List.of("name"), "report", List.of("name", "published", "object_refs"),
      "relationship", List.of("relationship_type", "source_ref", "target_ref"),
      "note", List.of("content", "object_refs"));

  @TempDir static Path dataDir;
  @TempDir static Path reversedDir;
  static JsonNode bundle;

  @BeforeAll
  static void export() throws IOException {
    try (Store store = ExportFixture.store(dataDir, ExportFixture.reports())) {
      bundle = new ObjectMapper().readTree(ExportFixture.export(store, ExportFormat.STIX));
    }
  }

  @Test
  void everyObjectValidatesAgainstItsTypesOasisSchema() {
    Path schemas = schemaFolder();
    assumeTrue(schemas != null, "skipped: the OASIS STIX 2.1 schemas are not beside the project "
        + "(../shared/reference/stix2-json-schemas/schemas, or -Dstix.schemas=DIR)");
    // the schemas' $ids are their published addresses: read those from the folder instead
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(iri -> iri.startsWith(SCHEMA_PREFIX)
            ? read(schemas.resolve(iri.substring(SCHEMA_PREFIX.length()))) : null));
    Map<String, Schema> byType = new HashMap<>();
    Map<String, Integer> validated = new TreeMap<>();
    for (JsonNode o : bundle.get("objects")) {
      String type = o.get("type").asText();
      String folder = type.equals("relationship") ? "sros/" : "sdos/";
      Schema schema = byType.computeIfAbsent(type,
          t -> registry.getSchema(SchemaLocation.of(SCHEMA_PREFIX + folder + t + ".json")));
      assertThat(schema.validate(o)).as("%s against %s.json", o.get("id"), type).isEmpty();
      validated.merge(type, 1, Integer::sum);
    }
    assertThat(validated).containsKeys("identity", "threat-actor", "location", "incident",
        "report", "relationship", "note");
    System.out.println("STIX objects validated against the OASIS schemas: " + validated);
  }

  // Not the bundle against common/bundle.json: its oneOf over every object type finds some
  // objects that pass their own type's schema valid under two alternatives, and so refuses them.
  @Test
  void everyReferenceResolvesAndEveryIdIsAStixId() {
    assertThat(bundle.get("type").asText()).isEqualTo("bundle");
    assertThat(bundle.get("id").asText()).matches(STIX_ID).startsWith("bundle--");
    Set<String> ids = new HashSet<>();
    for (JsonNode o : bundle.get("objects")) {
      String id = o.get("id").asText();
      assertThat(id).matches(STIX_ID).startsWith(o.get("type").asText() + "--");
      assertThat(ids.add(id)).as("unique %s", id).isTrue();
      assertThat(o.get("spec_version").asText()).isEqualTo("2.1");
      for (String p : List.of("created", "modified")) {
        assertThat(o.get(p).asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
      }
      for (String p : REQUIRED.get(o.get("type").asText())) {
        assertThat(o.has(p)).as("%s has %s", id, p).isTrue();
      }
      o.properties().forEach(p -> assertThat(p.getValue().isNull() || p.getValue().isEmpty()
          && p.getValue().isContainerNode()).as("%s.%s is null or empty", id, p.getKey()).isFalse());
    }
    List<String> refs = new ArrayList<>();
    bundle.get("objects").forEach(o -> collectRefs(o, refs));
    assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(ids).contains(r));
  }

  @Test
  void linksCarryTheirGradeAndTheStixConfidenceOfItsCredibility() {
    JsonNode member = objects("relationship").stream()
        .filter(r -> r.get("relationship_type").asText().equals("member-of")).findFirst()
        .orElseThrow();
    assertThat(member.get("x_triangulate_grade").asText()).isEqualTo("F3");
    assertThat(member.get("confidence").asInt()).isEqualTo(50);
    assertThat(member.get("x_triangulate_independent_origins").asInt()).isEqualTo(1);
    JsonNode attributed = objects("relationship").stream()
        .filter(r -> r.get("relationship_type").asText().equals("attributed-to")).findFirst()
        .orElseThrow();
    assertThat(attributed.get("source_ref").asText()).startsWith("incident--");
    assertThat(attributed.get("target_ref").asText()).startsWith("threat-actor--");
  }

  @Test
  void armedGroupsAndTheirMembersAreThreatActorsAndAgenciesIdentities() {
    assertThat(names("threat-actor")).contains("Islamic State", "Qari Hamdullah Noorzai");
    assertThat(names("identity")).contains("National Directorate of Security", "Farid Zarmal",
        "Kabul Ledger", "Triangulate");
    JsonNode outlet = objects("identity").stream()
        .filter(o -> o.get("name").asText().equals("Tolo News")).findFirst().orElseThrow();
    assertThat(outlet.get("x_triangulate_reliability").asText()).isEqualTo("C");
    assertThat(objects("incident")).anySatisfy(i -> {
      assertThat(i.get("x_triangulate_event_type").asText()).isEqualTo("BOMBING");
      assertThat(i.get("x_triangulate_documents").asInt()).isEqualTo(2);
      assertThat(i.get("x_triangulate_killed").asInt()).isEqualTo(3);
    });
  }

  @Test
  void theSameDocumentsSavedInAnotherOrderGiveTheSameIds() throws IOException {
    JsonNode reversed;
    try (Store store = ExportFixture.store(reversedDir, ExportFixture.reports().reversed())) {
      reversed = new ObjectMapper().readTree(ExportFixture.export(store, ExportFormat.STIX));
    }
    assertThat(ids(reversed)).isEqualTo(ids(bundle));
    assertThat(reversed.get("id")).isEqualTo(bundle.get("id"));
  }

  private static Set<String> ids(JsonNode b) {
    Set<String> ids = new TreeSet<>();
    b.get("objects").forEach(o -> ids.add(o.get("id").asText()));
    return ids;
  }

  private static List<JsonNode> objects(String type) {
    List<JsonNode> out = new ArrayList<>();
    bundle.get("objects").forEach(o -> {
      if (o.get("type").asText().equals(type)) {
        out.add(o);
      }
    });
    return out;
  }

  private static List<String> names(String type) {
    return objects(type).stream().map(o -> o.get("name").asText()).toList();
  }

  /** Every value of a property named *_ref or *_refs, at any depth. */
  private static void collectRefs(JsonNode node, List<String> into) {
    if (node.isArray()) {
      node.forEach(n -> collectRefs(n, into));
      return;
    }
    for (Map.Entry<String, JsonNode> p : node.properties()) {
      if (p.getKey().endsWith("_ref")) {
        into.add(p.getValue().asText());
      } else if (p.getKey().endsWith("_refs")) {
        p.getValue().forEach(v -> into.add(v.asText()));
      } else if (p.getValue().isContainerNode()) {
        collectRefs(p.getValue(), into);
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schemas folder: -Dstix.schemas, else shared/reference/… in a folder above this one. */
  static Path schemaFolder() {
    String given = System.getProperty("stix.schemas");
    if (given != null) {
      return Files.isDirectory(Path.of(given)) ? Path.of(given) : null;
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/reference/stix2-json-schemas/schemas");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
