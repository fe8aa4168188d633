package org.triangulate.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Component;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;

/**
 * The pipeline's order, batching and error policy on the embedded store. The extractor is a
 * small one of the test's own that takes longer on earlier documents, so that with two threads
 * later documents finish first: what is tested is the pipeline, not CoreNLP.
 */
class IngestPipelineIT {
  private static final Pipeline SLOW = new Pipeline("test", List.of(new Component("slow-empty", "1", Map.of())));

  /** Sleeps 40 ms less for each later report; refuses a text that says "refuse". */
  private static final Extractor EXTRACTOR = new Extractor() {
    @Override
    public Extraction extract(Document doc) {
      if (doc.text().contains("refuse")) {
        throw new ExtractException(doc.id() + ": refused by the test's extractor");
      }
      int n = doc.text().charAt(doc.text().indexOf("report ") + 7) - '0';
      try {
        Thread.sleep(Math.max(0, 200 - 40L * n));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Extraction(doc.id(), SLOW, List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public Pipeline pipeline() {
      return SLOW;
    }
  };

  @TempDir Path tmp;
  private final Ingestor ingestor = new Ingestor(new IngestOptions(LocalDate.of(2026, 12, 6), Clock.systemUTC(), 1 << 20));

  private Entry report(int n) {
    String name = "report-" + n + ".txt";
    String text = "Invented for Triangulate's tests.\n\nKABUL -- This is report " + n
        + ". Police in Kabul arrested " + n + " men on Monday, said the invented spokesman Rahim Daudzai.\n";
    return new Entry(name, () -> ingestor.read(name, text.getBytes(UTF_8), name));
  }

  private List<Outcome> ingest(Store store, int threads, List<Entry> entries) {
    List<Outcome> outcomes = new ArrayList<>();
    IngestBatch batch = new IngestPipeline(store, EXTRACTOR, threads).batch(true, new IngestPipeline.Listener() {
      @Override
      public void saved(Outcome outcome) {
        outcomes.add(outcome);
      }
    });
    for (Entry e : entries) {
      batch.add(e);
    }
    batch.finish();
    return outcomes;
  }

  @Test
  void documentsExtractedOnTwoThreadsAreSavedInInputOrder() {
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("store")))) {
      List<Entry> entries = List.of(report(1), report(2), report(3), report(4), report(5));
      List<Outcome> outcomes = ingest(store, 2, entries);
      assertThat(outcomes).extracting(Outcome::name).containsExactly(
          "report-1.txt", "report-2.txt", "report-3.txt", "report-4.txt", "report-5.txt");
      assertThat(outcomes).extracting(Outcome::status).containsOnly(Outcome.Status.INGESTED);
      assertThat(store.documents()).hasSize(5);
    }
  }

  @Test
  void aBadEntryIsNamedTheBatchGoesOnAndAReRunAddsNothing() {
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("store")))) {
      Entry unreadable = new Entry("broken.txt", () -> {
        throw IngestException.of("broken.txt", "binary");
      });
      Entry refused = new Entry("refused.txt", () -> ingestor.read("refused.txt",
          "Invented. KABUL -- The test's extractor will refuse this report 1.".getBytes(UTF_8), "refused.txt"));
      List<Entry> entries = List.of(report(1), unreadable, refused, report(2));
      List<Outcome> first = ingest(store, 2, entries);
      assertThat(first).extracting(Outcome::status).containsExactly(Outcome.Status.INGESTED,
          Outcome.Status.FAILED, Outcome.Status.INGESTED, Outcome.Status.INGESTED);
      assertThat(first.get(1).failure().message()).isEqualTo("broken.txt: binary");
      assertThat(first.get(2).notExtracted()).endsWith(": refused by the test's extractor");
      assertThat(store.documents()).hasSize(3);

      List<Outcome> again = ingest(store, 2, entries);
      assertThat(again).extracting(Outcome::status).containsExactly(Outcome.Status.UNCHANGED,
          Outcome.Status.FAILED, Outcome.Status.UNCHANGED, Outcome.Status.UNCHANGED);
      assertThat(store.documents()).hasSize(3);
    }
  }

  @Test
  void aFeedItemWhoseAddressIsStoredIsNotReadAgainEvenWithinOneBatch() {
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("store")))) {
      String address = "https://desk.example.org/raid";
      String text = "Invented. KABUL -- This is report 3 of a raid.";
      Entry item = new Entry("feed.xml item 1", address, () -> ingestor.read(address, text.getBytes(UTF_8), address));
      Entry sameAgain = new Entry("feed.xml item 2", address, () -> ingestor.read(address,
          (text + " Updated.").getBytes(UTF_8), address));
      List<Outcome> outcomes = ingest(store, 2, List.of(item, sameAgain));
      assertThat(outcomes).extracting(Outcome::status).containsExactly(Outcome.Status.INGESTED, Outcome.Status.KNOWN);
      assertThat(outcomes.get(1).address()).isEqualTo(address);
      assertThat(store.documents()).hasSize(1);
    }
  }
}
