package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.store.Articles.article;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.model.Document;

/**
 * A document within three bits of a stored one's fingerprint is stored as its copy, wherever
 * the differing bits fall (one 16-bit block or several, the sign bit among them), and one four
 * bits away is not; saved alone and in a COPY batch alike.
 */
class NearDuplicatesIT {
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

  static Stream<Arguments> flips() {
    return Stream.of(
        Arguments.of("the same fingerprint", 0L, true),
        Arguments.of("three bits in one block", 0b1011L, true),
        Arguments.of("three bits in three blocks", 1L << 5 | 1L << 21 | 1L << 37, true),
        Arguments.of("three bits with the sign bit", 1L << 63 | 1L << 47 | 1L << 1, true),
        Arguments.of("four bits, one in each block", 1L << 63 | 1L << 40 | 1L << 20 | 1L, false),
        Arguments.of("four bits in one block", 0b1111L << 50, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flips")
  void savedAloneACopyIsFoundWithinThreeBits(String name, long flipped, boolean copy) {
    Document first = article("Convoy attacked near Ghazni: " + name, "A convoy was attacked.");
    Document second = Articles.withFingerprint(article("Convoy attacked near Ghazni city: " + name,
        "A convoy was attacked."), first.fingerprint() ^ flipped);
    store.save(first, null);

    Store.SaveResult saved = store.save(second, null);

    assertThat(saved.copyOf()).isEqualTo(copy ? first.id() : null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flips")
  void savedInABatchACopyIsFoundWithinThreeBits(String name, long flipped, boolean copy) {
    Document first = article("Bridge closed in Kunduz: " + name, "The bridge was closed.");
    Document second = Articles.withFingerprint(article("Bridge closed in Kunduz city: " + name,
        "The bridge was closed."), first.fingerprint() ^ flipped);
    store.saveAllDeferringResolution(List.of(new Store.Unsaved(first, null, null)));

    List<Store.SaveResult> saved =
        store.saveAllDeferringResolution(List.of(new Store.Unsaved(second, null, null)));

    assertThat(saved.getFirst().copyOf()).isEqualTo(copy ? first.id() : null);
  }
}
