package org.triangulate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Prints what loading costs; asserts only what the data must say (no timing assertions). */
class BundledLoadTest {
  @Test
  void headerCreditsGeoNamesAndCountryStateCity() throws IOException {
    try (InputStream in = new GZIPInputStream(Objects.requireNonNull(
        PlaceFile.class.getResourceAsStream(PlaceFile.BUNDLED)))) {
      String head = new String(in.readNBytes(2_000), StandardCharsets.UTF_8);

      assertThat(head)
          .contains("GeoNames (geonames.org), CC BY 4.0")
          .contains("country-state-city 3.2.1, GPL-3.0");
    }
  }

  @Test
  void loadsOnceAndLooksUpByHash() {
    long start = System.nanoTime();
    Gazetteer first = Gazetteer.bundled();
    long loaded = System.nanoTime();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heap = runtime.totalMemory() - runtime.freeMemory();

    long lookups = System.nanoTime();
    List<String> names = List.of("Kabul", "Peshawar", "Mogadishu", "Hyderabad", "Nowhereville");
    for (int i = 0; i < 1_000; i++) {
      first.lookup(names.get(i % names.size()));
    }
    long perLookup = (System.nanoTime() - lookups) / 1_000;

    System.out.printf("gazetteer: %d places loaded in %d ms, heap in use %d MB, %d ns a lookup%n",
        first.size(), (loaded - start) / 1_000_000, heap >> 20, perLookup);
    assertThat(Gazetteer.bundled()).isSameAs(first);
  }
}
