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
 * Extraction quality on the invented gold set (gold/README.md), run by {@code verify}: the gold's
 * checksums are verified first (GoldSet.load), then precision, recall and F1 floors that the rules
 * must keep. The floors sit a little under the figures measured when they were set, so a
 * regression fails and noise does not. The rules were tuned on this set, so these figures flatter
 * them; real-text figures come from {@code eval --coded} outside the tests.
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

  private static void floors(String section, String field, double precision, double recall, double f1) {
    var row = report.row(section, field, "ALL");
    assertThat(row.precision()).as(section + " " + field + " precision").isGreaterThanOrEqualTo(precision);
    assertThat(row.recall()).as(section + " " + field + " recall").isGreaterThanOrEqualTo(recall);
    assertThat(row.f1()).as(section + " " + field + " F1").isGreaterThanOrEqualTo(f1);
  }

  @Test
  void everyGoldDocumentIsExtracted() {
    assertThat(report.row("documents", "detection", "ALL").recall()).isEqualTo(1.0);
  }

  @Test
  void entitiesAreFound() {
    floors("entities", "detection", 0.85, 0.88, 0.87);
  }

  @Test
  void eventsAreFoundAndTyped() {
    floors("events", "detection", 0.52, 0.85, 0.65);
    floors("events", "type", 0.84, 0.84, 0.84);
    // The scene rule (an undated event takes the day of the clause that sets the report's scene)
    // lifted real-text dates (annotated ISAF dev .55 -> .71, coded test .54 -> .59) and costs this
    // invented set three wrong days (a clock time read on the report's day): precision .91 -> .83.
    // Keeping two same-day attacks apart when their places differ (issue 8: a report of several
    // incidents keeps each with its own place) rightly split the Khyber checkpoint attack from the
    // tower attack, whose day it shared; the checkpoint's own "Saturday night" is told in another
    // sentence, so that event carries the report's day: precision .82 -> .79.
    // Headlines in the present tense that count their dead ("Gunmen kill three policemen at
    // Peshawar checkpoint") are incidents now, as reference lists tell them (real-text killed
    // .784 -> .862 on the coded dev split); here two such headlines head their body's incident
    // with the report's day where the body told another: precision .79 -> .74, F1 .74 -> .71.
    floors("events", "time.value", 0.74, 0.64, 0.70);
  }

  @Test
  void claimsAreFoundWithTheirSpeakers() {
    floors("claims", "detection", 0.55, 0.62, 0.59);
    floors("claims", "speaker", 0.79, 0.79, 0.79);
    floors("claims", "modality", 0.72, 0.72, 0.72);
  }
}
