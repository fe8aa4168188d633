package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;

/**
 * Entities grouped across documents, the listings and views, and the triangulate/1 export, over
 * three invented reports saved once for the class.
 */
class ExportIT {
  @TempDir static Path dataDir;
  static Store store;
  static Document first;
  static Document second;
  static Document unextracted;

  @BeforeAll
  static void saveReports() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
    first = article("eng", "NDS arrests Haqqani Network commander",
        "The National Directorate of Security (NDS) said it arrested a commander of the Haqqani "
            + "Network in Kabul. NDS spokesman Haris Jebran said the group planned attacks. "
            + "\"We stopped them,\" Jebran said.",
        "NDS forces in Kabul.", "The NDS always says this.");
    second = article("Haqqani network blamed for Kabul blast",
        "Officials blamed the haqqani network for a blast in Kabul on Tuesday.");
    unextracted = article("ps", "Pashto report", "د کابل خبر", null, null);
    store.save(first, extraction(first,
        entity(first, "e1", EntityType.ORGANIZATION, "National Directorate of Security",
            "kb-nds", List.of("NDS"), List.of()),
        entity(first, "e2", EntityType.ORGANIZATION, "Haqqani Network", "kb-haqqani",
            List.of(), List.of()),
        entity(first, "e3", EntityType.LOCATION, "Kabul"),
        entity(first, "e4", EntityType.PERSON, "Haris Jebran", null, List.of(),
            List.of("NDS spokesman"))));
    store.save(second, extraction(second,
        entity(second, "e1", EntityType.ORGANIZATION, "haqqani network", "kb-haqqani",
            List.of(), List.of()),
        entity(second, "e2", EntityType.LOCATION, "Kabul")));
    store.save(unextracted, null);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void sameKnowledgeBaseIdOrSameTypeAndNameIsOneEntityAcrossDocuments() {
    assertThat(store.entities(EntityType.ORGANIZATION, "haqqani")).singleElement()
        .satisfies(e -> {
          assertThat(e.kb()).isEqualTo("kb-haqqani");
          assertThat(e.documents()).isEqualTo(2);
          assertThat(e.name()).isEqualTo("Haqqani Network");
          assertThat(e.aliases()).isEmpty(); // "haqqani network" folds to the name
        });
    assertThat(store.entities(EntityType.LOCATION, "kabul")).singleElement()
        .satisfies(e -> assertThat(e.documents()).isEqualTo(2));
  }

  @Test
  void nameQueryMatchesAnAliasCaseInsensitively() {
    assertThat(store.entities(null, "nds")).extracting(EntitySummary::name)
        .containsExactly("National Directorate of Security");
    assertThat(store.entities(EntityType.PERSON, "directorate")).isEmpty();
  }

  @Test
  void showGivesAnEntityWithEachMentionInItsSentence() {
    String id = store.entities(EntityType.PERSON, "Jebran").get(0).id();

    Shown shown = store.show(id).orElseThrow();

    assertThat(shown).isInstanceOfSatisfying(Shown.EntityView.class, v -> {
      assertThat(v.descriptions()).containsExactly("NDS spokesman");
      assertThat(v.mentions()).extracting(Shown.MentionInContext::sentence).containsExactly(
          "NDS spokesman Haris Jebran said the group planned attacks.");
    });
  }

  @Test
  void showGivesADocumentWithItsMetadataAndEntities() {
    Shown shown = store.show(second.id().value()).orElseThrow();

    assertThat(shown).isInstanceOfSatisfying(Shown.DocumentView.class, v -> {
      assertThat(v.meta()).isEqualTo(second.meta());
      assertThat(v.entities()).extracting(EntitySummary::name)
          .containsExactly("Haqqani Network", "Kabul");
    });
    assertThat(store.show("ent-000000000000")).isEmpty();
  }

  @Test
  void exportHasEveryTopLevelKeyAndTheDocumentsAsStored() throws IOException {
    JsonNode root = export();

    assertThat(root.fieldNames()).toIterable().containsExactly("format", "pipeline",
        "documents", "entities", "events", "claims", "links", "conflicts", "corrections");
    assertThat(root.get("format").asText()).isEqualTo("triangulate/1");
    assertThat(root.at("/pipeline/version").asText()).isEqualTo("0.1.0-test");
    assertThat(root.at("/pipeline/components/1/settings/applyFineGrained").asText())
        .isEqualTo("false");
    JsonNode doc = root.at("/documents/0");
    assertThat(doc.get("id").asText()).isEqualTo(first.id().value());
    assertThat(doc.get("published").asText()).isEqualTo("2021-02-22");
    assertThat(doc.get("publishedInferred").asBoolean()).isFalse();
    assertThat(doc.get("copyOf").isNull()).isTrue();
    assertThat(doc.get("text").asText()).isEqualTo(first.text());
    assertThat(doc.get("captions").get(0).asText()).isEqualTo("NDS forces in Kabul.");
    assertThat(doc.get("comments").get(0).asText()).isEqualTo("The NDS always says this.");
    assertThat(root.get("documents")).hasSize(3);
    for (String empty : List.of("events", "claims", "links", "conflicts")) {
      assertThat(root.get(empty).isArray()).isTrue();
      assertThat(root.get(empty)).isEmpty();
    }
  }

  @Test
  void everyExportedMentionQuotesItsDocumentTextAtItsSpan() throws IOException {
    JsonNode root = export();
    Map<String, String> texts = new HashMap<>();
    root.get("documents").forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));

    int mentions = 0;
    for (JsonNode entity : root.get("entities")) {
      assertThat(entity.get("id").asText()).matches("ent-[0-9a-f]{12}");
      assertThat(entity.get("geo").isNull()).isTrue();
      for (JsonNode m : entity.get("mentions")) {
        String text = texts.get(m.get("document").asText());
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
            .isEqualTo(m.get("text").asText());
        assertThat(m.get("section").asText()).isIn("title", "body", "caption", "comment");
        mentions++;
      }
    }
    assertThat(mentions).isGreaterThan(10);
  }

  @Test
  void exportedEntityIdsAreUniqueAndAgreeWithTheListing() throws IOException {
    JsonNode root = export();
    List<String> exported = root.get("entities").valueStream()
        .map(e -> e.get("id").asText()).toList();

    assertThat(exported).doesNotHaveDuplicates()
        .containsExactlyElementsOf(store.entities(null, null).stream()
            .map(EntitySummary::id).toList());
    JsonNode nds = root.get("entities").valueStream()
        .filter(e -> e.get("kb").asText("").equals("kb-nds")).findFirst().orElseThrow();
    assertThat(nds.get("aliases")).extracting(JsonNode::asText).containsExactly("NDS");
    assertThat(nds.get("documents").asInt()).isEqualTo(1);
    assertThat(nds.get("type").asText()).isEqualTo("ORGANIZATION");
  }

  private static JsonNode export() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out);
    return new ObjectMapper().readTree(out.toByteArray());
  }
}
