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
}
