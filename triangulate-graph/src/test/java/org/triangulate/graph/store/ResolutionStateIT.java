package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Extraction;

/**
 * Which documents await resolution ({@code documents.resolved}): a batch's saves are marked
 * unresolved until a resolution that read them commits, and a command opening the store resolves
 * what an interrupted batch left, unless a batch is running.
 */
class ResolutionStateIT {
  @TempDir Path dataDir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aDocumentSavedForABatchIsUnresolvedUntilTheBatchResolves() throws IOException {
    Document doc = report("Gunmen attack checkpoint in Kandahar", "Wali Jan Barakzai");
    store.saveDeferringResolution(doc, extraction(doc, "Wali Jan Barakzai"));

    assertThat(resolved(doc)).isFalse();
    assertThat(store.unresolved()).isEqualTo(1);
    assertThat(exported(doc).get("resolved").asBoolean()).isFalse();

    store.resolve();
    assertThat(resolved(doc)).isTrue();
    assertThat(store.unresolved()).isZero();
    assertThat(exported(doc).get("resolved").asBoolean()).isTrue();
  }

  @Test
  void aDocumentSavedAndResolvedAloneOrNotExtractedIsResolved() {
    Document saved = report("Police chief speaks in Kandahar", "Wali Jan Barakzai");
    Document unextracted = report("A report not extracted", "Abdul Rahman");
    store.save(saved, extraction(saved, "Wali Jan Barakzai"));
    store.saveUnextracted(unextracted, "too long to extract");

    assertThat(resolved(saved)).isTrue();
    assertThat(resolved(unextracted)).isTrue();
  }

  @Test
  void openingAfterAnInterruptedBatchResolvesItsDocumentsOnce() {
    for (String name : List.of("Wali Jan Barakzai", "Wali Jan Barakzay", "Abdul Rahman")) {
      Document doc = report("Statement by " + name, name);
      store.saveDeferringResolution(doc, extraction(doc, name));
    }
    List<Integer> announced = new ArrayList<>();

    assertThat(store.resolveInterrupted(announced::add)).isEqualTo(3);
    assertThat(store.resolveInterrupted(announced::add)).isZero();
    assertThat(announced).containsExactly(3);
    assertThat(store.unresolved()).isZero();
    assertThat(store.entities(EntityType.PERSON, "Wali Jan")).hasSize(1);
  }

  @Test
  void aRunningBatchKeepsItsDocumentsToItself() {
    Document doc = report("Gunmen attack checkpoint in Kandahar", "Wali Jan Barakzai");
    try (RunningBatch batch = store.runningBatch()) {
      store.saveDeferringResolution(doc, extraction(doc, "Wali Jan Barakzai"));
      assertThat(store.resolveInterrupted(n -> {})).isZero();
      assertThat(resolved(doc)).isFalse();
    }
    assertThat(store.resolveInterrupted(n -> {})).isEqualTo(1);
  }

  @Test
  void aDocumentChangedWhileAResolutionRanStaysUnresolved() {
    Document doc = report("Gunmen attack checkpoint in Kandahar", "Wali Jan Barakzai");
    store.saveDeferringResolution(doc, extraction(doc, "Wali Jan Barakzai"));
    List<ResolutionState.Unresolved> read = store.read("test", ResolutionState::unresolved);
    store.replaceExtraction(doc, extraction(doc, "Wali Jan Barakzai"));

    store.write("test", h -> ResolutionState.markResolved(h, read));
    assertThat(resolved(doc)).isFalse();
  }

  @Test
  void reExtractingADocumentLeavesItUnresolvedUntilTheBatchResolves() {
    Document doc = report("Gunmen attack checkpoint in Kandahar", "Wali Jan Barakzai");
    store.save(doc, extraction(doc, "Wali Jan Barakzai"));
    store.replaceExtraction(doc, extraction(doc, "Wali Jan Barakzai"));

    assertThat(resolved(doc)).isFalse();
    store.resolve();
    assertThat(resolved(doc)).isTrue();
  }

  private static Document report(String title, String speaker) {
    return article(title, speaker + ", a police spokesman, said gunmen attacked a checkpoint.");
  }

  private static Extraction extraction(Document doc, String speaker) {
    return Articles.extraction(doc, entity(doc, "e1", EntityType.PERSON, speaker));
  }

  private boolean resolved(Document doc) {
    Shown.DocumentView shown = (Shown.DocumentView) store.show(doc.id().value()).orElseThrow();
    return shown.summary().resolved();
  }

  private JsonNode exported(Document doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out);
    for (JsonNode d : new ObjectMapper().readTree(out.toByteArray()).get("documents")) {
      if (d.get("id").asText().equals(doc.id().value())) {
        return d;
      }
    }
    throw new AssertionError("not exported: " + doc.id());
  }
}
