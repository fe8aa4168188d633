package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;

/**
 * Four threads save documents that name the same new people in different orders, at once, for
 * several rounds, on one embedded PostgreSQL: every save must commit. Each new name takes a row
 * of {@code search_names} (schema 5), so two transactions inserting two shared names in opposite
 * orders each waited for the other's row, and PostgreSQL aborted one ("deadlock detected").
 */
class ConcurrentSaveIT {
  private static final int THREADS = 4;
  private static final int ROUNDS = 12;
  private static final int NAMES = 12;
  private static final long SEED = 20261207L;
  private static final String[] SYLLABLES = {"zar", "gul", "noor", "pas", "ham", "wak", "sher",
      "dost", "baz", "ray", "tor", "mal"};

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
  void concurrentSavesNamingTheSameNewPeopleAllCommit() throws Exception {
    System.out.println("ConcurrentSaveIT seed " + SEED);
    Random random = new Random(SEED);
    int saved = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Store.SaveResult>> saves = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Document doc = document(round, t, random);
          Extraction extraction = extraction(doc, round);
          // half resolve as they save (single ingest), half defer as a batch does
          boolean deferring = t % 2 == 1;
          saves.add(pool.submit(() -> {
            start.await();
            return deferring
                ? store.saveDeferringResolution(doc, extraction)
                : store.save(doc, extraction);
          }));
        }
        for (Future<Store.SaveResult> save : saves) {
          assertThat(save.get().status()).isEqualTo(Store.SaveResult.Status.INGESTED);
          saved++;
        }
      }
    }
    store.resolve();
    assertThat(store.documents()).hasSize(saved);
    int searchable = store.read("search names", h -> h.createQuery(
            "SELECT count(*) FROM search_names WHERE name LIKE 'commander %'")
        .mapTo(Integer.class).one());
    assertThat(searchable).isEqualTo(ROUNDS * NAMES);
  }

  /** An invented report naming every commander of the round once, in an order of its own. */
  private static Document document(int round, int thread, Random random) {
    List<String> names = new ArrayList<>(names(round));
    Collections.shuffle(names, random);
    StringBuilder body = new StringBuilder("Invented report for a concurrency test, round "
        + round + ", writer " + thread + ".");
    for (String name : names) {
      body.append(' ').append(name).append(" was seen in Kunduz.");
    }
    return article("Invented sightings " + round + "-" + thread, body.toString());
  }

  /** The round's commanders as the text orders them, so inserts follow the text's order. */
  private static Extraction extraction(Document doc, int round) {
    List<String> inText = new ArrayList<>(names(round));
    inText.sort((a, b) -> Integer.compare(doc.text().indexOf(a), doc.text().indexOf(b)));
    List<LocalEntity> entities = new ArrayList<>();
    for (String name : inText) {
      entities.add(entity(doc, "e" + entities.size(), EntityType.PERSON, name));
    }
    return Articles.extraction(doc, entities.toArray(LocalEntity[]::new));
  }

  /** Names new to the store in each round, so each round's saves insert them all afresh. */
  private static List<String> names(int round) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < NAMES; i++) {
      String first = SYLLABLES[round % SYLLABLES.length] + SYLLABLES[i];
      String last = SYLLABLES[i] + SYLLABLES[(round / SYLLABLES.length + i + 1) % SYLLABLES.length];
      out.add("Commander " + capital(first) + " " + capital(last) + "khel");
    }
    return out;
  }

  private static String capital(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
