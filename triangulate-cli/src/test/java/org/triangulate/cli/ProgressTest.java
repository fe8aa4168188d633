package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void withoutATerminalProgressIsPlainLinesAtMostOneAnInterval() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress.Lines progress = new Progress.Lines("ingest", 10, new PrintWriter(text), clock::get,
        Duration.ofSeconds(5));

    for (int i = 0; i < 10; i++) {
      clock.addAndGet(Duration.ofSeconds(2).toNanos());
      progress.step();
    }
    progress.close();

    assertThat(text.toString()).doesNotContain("\r").isEqualTo("""
        ingest: 3 of 10 (30%), 0:06 elapsed
        ingest: 6 of 10 (60%), 0:12 elapsed
        ingest: 9 of 10 (90%), 0:18 elapsed
        ingest: 10 of 10 (100%), 0:20 elapsed
        """);
  }

  @Test
  void withAnUnknownTotalTheLinesCountDocumentsDone() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress.Lines progress = new Progress.Lines("ingest", Progress.UNKNOWN, new PrintWriter(text),
        clock::get, Duration.ofSeconds(5));

    for (int i = 0; i < 1500; i++) {
      clock.addAndGet(Duration.ofMillis(10).toNanos());
      progress.step();
    }
    progress.close();

    assertThat(text.toString()).doesNotContain("\r").startsWith("""
        ingest: 500 done, 0:05 elapsed
        ingest: 1,000 done, 0:10 elapsed
        """).endsWith("ingest: 1,500 done, 0:15 elapsed\n");
  }

  @Test
  void oneLongDocumentGetsPlainLinesWithItsRateAndTimeLeft() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress.Rated progress = new Progress.RatedLines("big.txt", 10, 1_000_000, new PrintWriter(text),
        clock::get, Duration.ofSeconds(5));

    progress.done(0, 0);
    for (int i = 1; i <= 10; i++) {
      clock.addAndGet(Duration.ofSeconds(4).toNanos()); // 100,000 characters a piece: 25,000 a second
      progress.done(i, i * 100_000L);
    }
    progress.close();

    assertThat(text.toString()).doesNotContain("\r").isEqualTo("""
        big.txt: piece 2 of 10 (20%), 25,000 characters a second, about 0:32 left, 0:08 elapsed
        big.txt: piece 4 of 10 (40%), 25,000 characters a second, about 0:24 left, 0:16 elapsed
        big.txt: piece 6 of 10 (60%), 25,000 characters a second, about 0:16 left, 0:24 elapsed
        big.txt: piece 8 of 10 (80%), 25,000 characters a second, about 0:08 left, 0:32 elapsed
        """);
  }
}
