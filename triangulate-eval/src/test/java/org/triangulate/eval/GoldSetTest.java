package org.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the gold set: checksums first, then clear errors naming the file and the field. */
class GoldSetTest {

  @Test
  void loadsTheAnnotationsOfEachDocument() {
    GoldSet gold = GoldSet.load(ScorerTest.tinyGold());

    GoldDocument doc = gold.findDocument("tiny.txt").orElseThrow();
    assertThat(doc.events()).extracting(GoldEvent::type).containsExactly("BOMBING", "ARREST");
    assertThat(doc.findEntity("Zadran")).map(GoldEntity::name).hasValue("Karim Zadran");
    assertThat(doc.claims()).extracting(GoldClaim::modality)
        .containsExactly("ASSERTED", "CLAIMED", "DENIED", "ASSERTED");
  }

  @Test
  void tamperedGoldFileFailsTheChecksum(@TempDir Path dir) throws IOException {
    copyTiny(dir);
    Path gold = dir.resolve("tiny.gold.json");
    Files.writeString(gold, Files.readString(gold).replace("\"killed\": 2", "\"killed\": 3"));

    assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(EvalException.class)
        .hasMessageContaining("SHA256SUMS line 2").hasMessageContaining("checksum mismatch for tiny.gold.json");
  }

  @Test
  void goldFileNotListedInTheChecksumsFails(@TempDir Path dir) throws IOException {
    copyTiny(dir);
    Files.writeString(dir.resolve("SHA256SUMS"), Files.readAllLines(dir.resolve("SHA256SUMS")).get(0) + "\n");

    assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(EvalException.class)
        .hasMessageStartingWith("tiny.gold.json: not listed in SHA256SUMS");
  }

  @Test
  void unknownRoleIsReportedWithItsFieldPath(@TempDir Path dir) throws IOException {
    copyTiny(dir);
    rewrite(dir, s -> s.replace("\"role\": \"AGENT\"", "\"role\": \"SHOOTER\""));

    assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(EvalException.class)
        .hasMessageContaining("tiny.gold.json: events[1].participants[0].role: unknown value 'SHOOTER'");
  }

  @Test
  void jsonSyntaxErrorIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    copyTiny(dir);
    rewrite(dir, s -> s.replace("\"dateline\": \"JALALABAD\",", "\"dateline\": \"JALALABAD\""));

    assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(EvalException.class)
        .hasMessageStartingWith("tiny.gold.json line 6, column");
  }

  @Test
  void anchorThatIsNotInTheDocumentFails(@TempDir Path dir) throws IOException {
    copyTiny(dir);
    rewrite(dir, s -> s.replace("The Taliban denied any role.", "The Taliban denied all roles."));

    assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(EvalException.class)
        .hasMessageContaining("claims[2].anchor: not found verbatim");
  }

  @Test
  void nameThatIsNoEntityFails(@TempDir Path dir) throws IOException {
    copyTiny(dir);
    rewrite(dir, s -> s.replace("\"subject\": \"Taliban\"", "\"subject\": \"Haqqani Network\""));

    assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(EvalException.class)
        .hasMessageContaining("claims[2].subject: 'Haqqani Network' is not the name or alias");
  }

  @Test
  void misspelledKeyFails(@TempDir Path dir) throws IOException {
    copyTiny(dir);
    rewrite(dir, s -> s.replace("\"modality\": \"DENIED\"", "\"modalty\": \"DENIED\""));

    assertThatThrownBy(() -> GoldSet.load(dir)).isInstanceOf(EvalException.class)
        .hasMessageContaining("claims[2].modalty: unknown key");
  }

  private static void copyTiny(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(ScorerTest.tinyGold())) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  /** Edits the gold file and re-lists its checksum, as an annotator would. */
  private static void rewrite(Path dir, java.util.function.UnaryOperator<String> edit) throws IOException {
    Path gold = dir.resolve("tiny.gold.json");
    Files.writeString(gold, edit.apply(Files.readString(gold)));
    Files.writeString(dir.resolve("SHA256SUMS"),
        Checksums.sha256(dir.resolve("tiny.txt")) + "  tiny.txt\n"
            + Checksums.sha256(gold) + "  tiny.gold.json\n");
  }
}
