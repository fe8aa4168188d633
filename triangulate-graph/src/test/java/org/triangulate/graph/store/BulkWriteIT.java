package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Saving a batch with COPY against saving its documents one by one: every table holds the same
 * rows, ids and ordinals included; a batch saved again writes nothing; a batch with one refused
 * document writes none of its documents.
 */
class BulkWriteIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-10T12:00:00.000001Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  @Test
  void aBatchWritesTheRowsSavingOneByOneWrites() {
    List<Store.Unsaved> batch = batch();
    Map<String, String> oneByOne;
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("one")), CLOCK)) {
      for (Store.Unsaved u : batch) {
        if (u.extraction() == null && u.notExtracted() != null) {
          store.saveUnextracted(u.doc(), u.notExtracted());
        } else {
          store.saveDeferringResolution(u.doc(), u.extraction());
        }
      }
      oneByOne = tables(store);
    }
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("bulk")), CLOCK)) {
      List<Store.SaveResult> saved = store.saveAllDeferringResolution(batch);
      assertThat(saved).extracting(Store.SaveResult::status).containsExactly(
          Store.SaveResult.Status.INGESTED, Store.SaveResult.Status.INGESTED,
          Store.SaveResult.Status.INGESTED, Store.SaveResult.Status.INGESTED,
          Store.SaveResult.Status.UNCHANGED);
      assertThat(saved.get(2).copyOf()).as("the near-copy").isEqualTo(batch.get(0).doc().id());
      Map<String, String> bulk = tables(store);
      assertThat(bulk.get("mentions")).isNotEmpty();
      assertThat(bulk.get("claim_via")).isNotEmpty();
      assertThat(bulk).isEqualTo(oneByOne);

      assertThat(store.saveAllDeferringResolution(batch))
          .extracting(Store.SaveResult::status).containsOnly(Store.SaveResult.Status.UNCHANGED);
      assertThat(tables(store)).as("a batch saved again").isEqualTo(oneByOne);
    }
  }

  @Test
  void aBatchWithARefusedDocumentWritesNothing() {
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("refused")), CLOCK)) {
      Document good = article("Invented: market reopens", "Shops in Jalalabad opened again.");
      Document bad = article("Invented: a span too far", "Gunmen shot a teacher.");
      // a mention past the end of the text: only the database's trigger sees it
      LocalEntity beyond = new LocalEntity("e1", EntityType.PERSON, "teacher", List.of(),
          List.of(), List.of(new Mention(new Evidence(bad.id(),
              org.triangulate.model.Section.BODY, new Span(500, 507), "teacher"),
              MentionKind.NAME)), null);
      List<Store.Unsaved> batch = List.of(
          new Store.Unsaved(good, Articles.extraction(good,
              entity(good, "e1", EntityType.LOCATION, "Jalalabad")), null),
          new Store.Unsaved(bad, Articles.extraction(bad, beyond), null));
      Map<String, String> before = tables(store);
      assertThatThrownBy(() -> store.saveAllDeferringResolution(batch))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("span must lie inside the document text")
          .hasMessageContaining(bad.id().value());
      assertThat(store.hasDocument(good.id())).isFalse();
      assertThat(tables(store)).isEqualTo(before);
    }
  }

  /**
   * A rich report (entities with aliases, descriptions and places, events, claims with channels),
   * a text with a backslash, a tab and line breaks, a near-copy of the first, a document not
   * extracted and why, and the first again.
   */
  private static List<Store.Unsaved> batch() {
    Document report = article("eng", "NDS arrests two over Jalalabad bombing",
        "The National Directorate of Security (NDS) said on Sunday it arrested two members of "
            + "the Islamic State in Jalalabad. A magnetic bomb killed three people and wounded "
            + "five in Jalalabad on 11 February, the NDS said. Tolo News, citing the NDS, "
            + "reported that the detainees confessed to planting it for the Islamic State. "
            + "Gunmen also shot a teacher in Surkh Rod.",
        "NDS video of the detainees.", "Islamic State did this, not the Taliban.");
    Document odd = article("Invented: a path in C:\\reports\tand a tab",
        "Shops in Jalalabad\r\nopened again, said \\\"Ahmad\\\".");
    Document copy = Articles.withFingerprint(article("Invented: the same bombing, retold",
        "A magnetic bomb killed three people in Jalalabad."), report.fingerprint() ^ 0b101);
    Document german = article("deu", "Anschlag in Dschalalabad", "Eine Bombe explodierte.",
        null, null);
    List<Store.Unsaved> out = new ArrayList<>();
    out.add(new Store.Unsaved(report, EventsAndClaimsIT.reportExtraction(report), null));
    out.add(new Store.Unsaved(odd, Articles.extraction(odd,
        entity(odd, "e1", EntityType.LOCATION, "Jalalabad"),
        entity(odd, "e2", EntityType.PERSON, "Ahmad")), null));
    out.add(new Store.Unsaved(copy, Articles.extraction(copy,
        entity(copy, "e1", EntityType.LOCATION, "Jalalabad")), null));
    out.add(new Store.Unsaved(german, null, "language is not English: deu"));
    out.add(out.getFirst());
    return out;
  }

  /** Every table's rows in COPY text, in primary-key order. */
  private static Map<String, String> tables(Store store) {
    return store.read("tables", h -> {
      Tables.fixOutputSettings(h);
      Map<String, String> out = new LinkedHashMap<>();
      for (Tables.Table t : Tables.all(h)) {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        Tables.copyOut(h, t, rows);
        out.put(t.name(), rows.toString(StandardCharsets.UTF_8));
      }
      return out;
    });
  }
}
