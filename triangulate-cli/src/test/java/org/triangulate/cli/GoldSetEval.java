package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.eval.Report;

/**
 * Extraction quality on the gold set (gold/README.md), behind {@code -Peval}: the gold's
 * checksums are verified first (GoldSet.load), then F1 floors that the rules must keep. The
 * floors sit a little under the figures measured when they were set, so a regression fails and
 * noise does not.
 */
class GoldSetEval {
  private static Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    ExtractOptions options = new ExtractOptions();
    options.asOf = LocalDate.of(2026, 11, 25);
    StringWriter log = new StringWriter();
    report = EvalCommand.evaluate(Path.of("..", "gold"), options, CoreNlpAnalyzer.Profile.TRIANGULATE,
        new PrintWriter(log, true));
    System.out.print(report.table());
  }

  private static double f1(String section, String field) {
    return report.row(section, field, "ALL").f1();
  }

  @Test
  void everyGoldDocumentIsExtracted() {
    assertThat(report.row("documents", "detection", "ALL").recall()).isEqualTo(1.0);
  }

  @Test
  void entitiesAreFound() {
    assertThat(f1("entities", "detection")).isGreaterThanOrEqualTo(0.86);
  }

  @Test
  void eventsAreFoundAndTyped() {
    assertThat(f1("events", "detection")).isGreaterThanOrEqualTo(0.59);
    assertThat(f1("events", "type")).isGreaterThanOrEqualTo(0.77);
    assertThat(f1("events", "time.value")).isGreaterThanOrEqualTo(0.69);
  }

  @Test
  void claimsAreFoundWithTheirSpeakers() {
    assertThat(f1("claims", "detection")).isGreaterThanOrEqualTo(0.57);
    assertThat(f1("claims", "speaker")).isGreaterThanOrEqualTo(0.76);
    assertThat(f1("claims", "modality")).isGreaterThanOrEqualTo(0.75);
  }
}
