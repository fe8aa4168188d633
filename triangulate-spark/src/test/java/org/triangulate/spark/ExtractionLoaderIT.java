package org.triangulate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.pipeline.Extracted;
import org.triangulate.pipeline.Failure;
import org.triangulate.pipeline.IngestPipeline;

/**
 * The loader over invented records, without Spark or CoreNLP, in batches of four: every good
 * record is saved (those beside a refused document too), a failed record and a refused document
 * are named, and loading again adds nothing.
 */
class ExtractionLoaderIT {
  @TempDir Path tmp;

  @Test
  void batchesLoadAroundARefusedDocumentAndAReloadAddsNothing() throws IOException {
    Random random = new Random(20261207);
    List<Extracted> records = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      records.add(InventedRecords.record(random, i, 3));
    }
    Extracted refused = beyondTheText(InventedRecords.record(random, 11, 1));
    records.add(5, refused);
    records.add(2, Extracted.failed("corpus/binary.bin", Failure.of("corpus/binary.bin", "binary")));
    Extracted german = InventedRecords.record(random, 12, 1);
    records.add(Extracted.unextracted("corpus/german.txt", german.document(),
        german.document().id() + ": language is not English: deu"));
    Path out = tmp.resolve("records");
    InventedRecords.write(out, records);

    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("store")))) {
      IngestPipeline.Summary first = ExtractionLoader.load(store, out,
          new IngestPipeline.Listener() {}, 4);
      assertThat(first.ingested()).isEqualTo(12);
      assertThat(first.notExtracted()).isEqualTo(1);
      assertThat(first.messages()).hasSize(2);
      assertThat(first.messages().get(0)).isEqualTo("corpus/binary.bin: binary");
      assertThat(first.messages().get(1)).startsWith(refused.name() + ": ")
          .contains("span must lie inside the document text");
      assertThat(store.documents()).hasSize(12);
      assertThat(store.hasDocument(refused.document().id())).isFalse();
      assertThat(store.unresolved()).as("resolved once at the end").isZero();
      assertThat(store.entities(EntityType.ORGANIZATION, null)).isNotEmpty();
      String reason = store.read("reason", h -> h.createQuery(
              "SELECT not_extracted_reason FROM documents WHERE id = :id")
          .bind("id", german.document().id().value()).mapTo(String.class).one());
      assertThat(reason).isEqualTo("language is not English: deu");
      long rows = rows(store);

      IngestPipeline.Summary again = ExtractionLoader.load(store, out,
          new IngestPipeline.Listener() {}, 4);
      assertThat(again.ingested()).isZero();
      assertThat(again.unchanged()).isEqualTo(12);
      assertThat(again.messages()).hasSize(2);
      assertThat(rows(store)).isEqualTo(rows);
    }
  }

  /** The record with a mention past the end of its text, which only the database refuses. */
  private static Extracted beyondTheText(Extracted x) {
    Document doc = x.document();
    int end = doc.text().length();
    LocalEntity ghost = new LocalEntity("x1", EntityType.PERSON, "ghost", List.of(), List.of(),
        List.of(new Mention(new Evidence(doc.id(), Section.BODY, new Span(end + 5, end + 10),
            "ghost"), MentionKind.NAME)), null);
    Extraction e = x.extraction();
    List<LocalEntity> entities = new ArrayList<>(e.entities());
    entities.add(ghost);
    return Extracted.of(x.name(), doc, new Extraction(doc.id(), e.pipeline(), entities,
        e.events(), e.claims(), e.problems()));
  }

  private static long rows(Store store) {
    return store.read("rows", h -> h.createQuery("""
            SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM entities)
                 + (SELECT count(*) FROM mentions) + (SELECT count(*) FROM events)
                 + (SELECT count(*) FROM claims) + (SELECT count(*) FROM aliases)""")
        .mapTo(Long.class).one());
  }
}
