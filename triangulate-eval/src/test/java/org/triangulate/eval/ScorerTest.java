package org.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring tiny hand-made exports of the one-document gold set in the test resources. */
class ScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path tinyGold() {
    try {
      return Path.of(ScorerTest.class.getResource("gold/SHA256SUMS").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final GoldSet gold = GoldSet.load(tinyGold());

  @Test
  void perfectExportScoresOneEverywhere() {
    Report report = Scorer.score(gold, PerfectExport.of(gold));

    assertThat(report.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.f1()).as(r.toString()).isEqualTo(1.0));
    assertThat(report.row("events", "detection", "BOMBING").tp()).isEqualTo(1);
    assertThat(report.row("claims", "modality", "ALL").tp()).isEqualTo(4);
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void missingEventLowersEventRecallOnly() {
    ObjectNode export = PerfectExport.of(gold);
    ArrayNode events = (ArrayNode) export.get("events");
    events.remove(1); // the arrest

    Report report = Scorer.score(gold, export);

    assertThat(report.row("events", "detection", "ALL").recall()).isEqualTo(0.5);
    assertThat(report.row("events", "detection", "ALL").precision()).isEqualTo(1.0);
    assertThat(report.row("events", "detection", "ARREST").recall()).isEqualTo(0.0);
    assertThat(report.row("events", "detection", "BOMBING").f1()).isEqualTo(1.0);
    // the claim about the arrest is still found, but its object no longer points at the gold event
    assertThat(report.row("claims", "object", "ALL").precision()).isLessThan(1.0);
  }

  @Test
  void wrongModalityLowersThatFieldsPrecision() {
    ObjectNode export = PerfectExport.of(gold);
    ((ObjectNode) export.get("claims").get(2)).put("modality", "ASSERTED"); // the Taliban denial

    Report report = Scorer.score(gold, export);

    assertThat(report.row("claims", "modality", "ALL").precision()).isEqualTo(0.75);
    assertThat(report.row("claims", "modality", "DENIED").precision()).isEqualTo(0.0);
    assertThat(report.row("claims", "detection", "DENIED").recall()).isEqualTo(1.0);
    assertThat(report.row("claims", "predicate", "ALL").f1()).isEqualTo(1.0);
    assertThat(report.row("claims", "speaker", "ALL").f1()).isEqualTo(1.0);
  }

  @Test
  void spuriousEntityLowersEntityPrecision() {
    ObjectNode export = PerfectExport.of(gold);
    ObjectNode extra = ((ArrayNode) export.get("entities")).addObject()
        .put("id", "x1").put("type", "PERSON").put("name", "Sunday");
    extra.putArray("mentions").addObject().put("document", "d1").put("start", 0).put("end", 1).put("text", "[");

    Report report = Scorer.score(gold, export);

    assertThat(report.row("entities", "detection", "ALL").precision()).isEqualTo(5.0 / 6);
    assertThat(report.row("entities", "detection", "PERSON").fp()).isEqualTo(1);
  }

  @Test
  void evidenceElsewhereInTheDocumentDoesNotAlign() {
    ObjectNode export = PerfectExport.of(gold);
    ObjectNode ev = (ObjectNode) export.get("events").get(0).get("evidence").get(0);
    ev.put("start", 0).put("end", 10);

    Report report = Scorer.score(gold, export);

    assertThat(report.row("events", "detection", "BOMBING").recall()).isEqualTo(0.0);
    assertThat(report.row("events", "detection", "ALL").fp()).isEqualTo(1);
  }

  @Test
  void wrongTimeAndCountAreFieldErrorsOfAnAlignedEvent() {
    ObjectNode export = PerfectExport.of(gold);
    ObjectNode bombing = (ObjectNode) export.get("events").get(0);
    ((ObjectNode) bombing.get("time")).put("value", "2021-06-14");
    bombing.putNull("killed");

    Report report = Scorer.score(gold, export);

    assertThat(report.row("events", "detection", "ALL").f1()).isEqualTo(1.0);
    assertThat(report.row("events", "time.value", "BOMBING").f1()).isEqualTo(0.0);
    assertThat(report.row("events", "time.precision", "BOMBING").f1()).isEqualTo(1.0);
    assertThat(report.row("events", "killed", "ALL").recall()).isEqualTo(0.0);
    assertThat(report.row("events", "killed", "ALL").precision()).isEqualTo(1.0);
  }

  @Test
  void documentsMissingFromTheExportAreMissedWholesale() {
    ObjectNode export = PerfectExport.of(gold);
    ((ObjectNode) export.get("documents").get(0)).put("file", "other.txt");

    Report report = Scorer.score(gold, export);

    assertThat(report.row("documents", "detection", "ALL").recall()).isEqualTo(0.0);
    assertThat(report.row("claims", "detection", "ALL").fn()).isEqualTo(4);
    assertThat(report.warnings()).singleElement().asString().contains("tiny.txt");
  }

  @Test
  void exportWithoutTheFormatIsRejected() {
    assertThatThrownBy(() -> Scorer.score(gold, JSON.createObjectNode()))
        .isInstanceOf(EvalException.class).hasMessageContaining("triangulate/1");
  }

  @Test
  void tableAndJsonCarryTheSameRows() throws Exception {
    Report report = Scorer.score(gold, PerfectExport.of(gold));

    JsonNode json = JSON.readTree(report.json());
    String table = report.table();

    assertThat(json.get("rows")).hasSize(report.rows().size());
    assertThat(table.lines()).hasSize(report.rows().size() + 1);
    assertThat(table.lines().findFirst().orElseThrow()).startsWith("section").contains("F1");
    assertThat(json.get("rows").get(0).get("f1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void mainPrintsTheTableForAnExportFile(@TempDir Path dir) throws Exception {
    Path export = dir.resolve("export.json");
    Files.writeString(export, PerfectExport.of(gold).toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Scorer.run(new String[] {tinyGold().toString(), export.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("events", "claims", "1.000");
    assertThat(Scorer.run(new String[] {"only-one"}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
  }
}
