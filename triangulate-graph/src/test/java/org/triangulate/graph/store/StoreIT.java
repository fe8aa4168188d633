package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.extraction;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.StoreException;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Span;

/** Saving and reading back on one embedded PostgreSQL shared by the class. */
class StoreIT {
  @TempDir static Path dataDir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void savedDocumentAndExtractionReadBackEqual() {
    Document doc = article("eng", "Police arrest two in Qala-e-Zal",
        "Police in Kunduz said on Sunday they arrested two men. Spokesman Rahim Dawar "
            + "(Dawar Khan) said the Kunduz police acted on a tip.",
        "Kunduz police display seized weapons.", "Good work by the police!");
    LocalEntity kunduz = entity(doc, "e1", EntityType.LOCATION, "Kunduz");
    LocalEntity dawar = entity(doc, "e2", EntityType.PERSON, "Rahim Dawar", null,
        List.of("Dawar Khan"), List.of("Spokesman"));
    Extraction extraction = extraction(doc, kunduz, dawar);

    Store.SaveResult result = store.save(doc, extraction);

    assertThat(result).isEqualTo(new Store.SaveResult(doc.id(), Store.SaveResult.Status.INGESTED, null));
    assertThat(store.findDocument(doc.id())).contains(doc);
    assertThat(store.findExtraction(doc.id())).contains(extraction);
    assertThat(store.documents()).filteredOn(d -> d.id().equals(doc.id())).singleElement()
        .satisfies(d -> {
          assertThat(d.entities()).isEqualTo(2);
          assertThat(d.extracted()).isTrue();
          assertThat(d.file()).isEqualTo(doc.custody().file());
        });
  }

  @Test
  void savingTheSameDocumentAgainIsUnchangedAndWritesNothing() {
    Document doc = article("Market reopens in Herat", "Shops in Herat opened again on Monday.");
    store.save(doc, extraction(doc, entity(doc, "e1", EntityType.LOCATION, "Herat")));
    String before = export();

    Store.SaveResult again = store.save(doc, extraction(doc,
        entity(doc, "e1", EntityType.LOCATION, "Herat"),
        entity(doc, "e2", EntityType.LOCATION, "Shops")));

    assertThat(again.status()).isEqualTo(Store.SaveResult.Status.UNCHANGED);
    assertThat(export()).isEqualTo(before);
  }

  @Test
  void nearDuplicateIsStoredAsACopyOfTheEarlierDocument() {
    Document first = article("Convoy attacked near Ghazni", "A convoy was attacked near Ghazni.");
    Document copy = Articles.withFingerprint(
        article("Convoy attacked near Ghazni city", "A convoy was attacked near Ghazni."),
        first.fingerprint() ^ 0b101); // two bits apart
    store.save(first, null);

    Store.SaveResult result = store.save(copy, null);

    assertThat(result.status()).isEqualTo(Store.SaveResult.Status.INGESTED);
    assertThat(result.copyOf()).isEqualTo(first.id());
    assertThat(store.documents()).filteredOn(d -> d.id().equals(copy.id()))
        .singleElement().extracting(DocumentSummary::copyOf).isEqualTo(first.id());
  }

  @Test
  void documentNotInEnglishIsStoredUnextractedWithTheReason() {
    Document doc = article("prs", "خبر", "پولیس در کابل", null, null);

    store.save(doc, null);

    assertThat(store.documents()).filteredOn(d -> d.id().equals(doc.id())).singleElement()
        .satisfies(d -> {
          assertThat(d.extracted()).isFalse();
          assertThat(d.notExtractedReason()).isEqualTo("language is not English: prs");
        });
    assertThat(store.findExtraction(doc.id())).isEmpty();
  }

  @Test
  void spanBeyondTheTextLeavesNothingOfTheDocumentAndTheStoreGoesOn() {
    Document doc = article("Bridge damaged in Baghlan", "A bridge in Baghlan was damaged.");
    LocalEntity outside = new LocalEntity("e2", EntityType.FACILITY, "bridge", List.of(),
        List.of(), List.of(new Mention(new Evidence(doc.id(),
            org.triangulate.model.Section.BODY, new Span(500, 506), "bridge"), MentionKind.NAME)),
        null);
    Extraction bad = extraction(doc, entity(doc, "e1", EntityType.LOCATION, "Baghlan"), outside);

    assertThatThrownBy(() -> store.save(doc, bad))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(doc.id().value())
        .hasMessageContaining("span must lie inside the document text");

    assertThat(store.findDocument(doc.id())).isEmpty();
    assertThat(store.entities(null, "Baghlan")).isEmpty();
    Store.SaveResult retry = store.save(doc, extraction(doc,
        entity(doc, "e1", EntityType.LOCATION, "Baghlan")));
    assertThat(retry.status()).isEqualTo(Store.SaveResult.Status.INGESTED);
    assertThat(store.entities(EntityType.LOCATION, "baghlan")).hasSize(1);
  }

  @Test
  void duplicateEntityKeyFailsMidSaveAndNothingOfTheDocumentRemains() {
    Document doc = article("Clash in Faryab", "Fighting in Faryab left Maimana tense.");
    Extraction bad = extraction(doc, entity(doc, "e1", EntityType.LOCATION, "Faryab"),
        entity(doc, "e1", EntityType.LOCATION, "Maimana"));

    assertThatThrownBy(() -> store.save(doc, bad)).isInstanceOf(StoreException.class)
        .hasMessageContaining(doc.id().value());

    assertThat(store.documents()).noneMatch(d -> d.id().equals(doc.id()));
    assertThat(store.entities(null, "Maimana")).isEmpty();
    assertThat(store.entities(null, "Faryab")).isEmpty();
  }

  @Test
  void evidenceThatMisquotesTheTextIsRefused() {
    Document doc = article("Rain in Bamyan", "Heavy rain fell in Bamyan.");
    LocalEntity misquoted = new LocalEntity("e1", EntityType.LOCATION, "Bamyan", List.of(),
        List.of(), List.of(new Mention(new Evidence(doc.id(),
            org.triangulate.model.Section.TITLE, new Span(0, 6), "Bamyan"), MentionKind.NAME)),
        null);

    assertThatThrownBy(() -> store.save(doc, extraction(doc, misquoted)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("must equal the document text at its span");
    assertThat(store.findDocument(doc.id())).isEmpty();
  }

  private static String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
