package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.StoreException;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;

/** The embedded store's data directory: persistent, and owned by one process at a time. */
class DataDirectoryIT {
  @TempDir Path dataDir;

  @Test
  void dataSurvivesClosingAndReopeningTheDataDirectory() {
    Document doc = article("Checkpoint set up in Logar", "Troops set up a checkpoint in Logar.");
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      store.save(doc, extraction(doc, entity(doc, "e1", EntityType.LOCATION, "Logar")));
    }

    try (Store reopened = Store.open(new StoreLocation.Embedded(dataDir))) {
      assertThat(reopened.findDocument(doc.id())).contains(doc);
      assertThat(reopened.entities(EntityType.LOCATION, "logar")).hasSize(1);
      assertThat(reopened.save(doc, null).status()).isEqualTo(Store.SaveResult.Status.UNCHANGED);
    }
  }

  @Test
  void secondOpenInTheSameProcessIsRefusedWhileTheFirstIsOpen() {
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      assertThatThrownBy(() -> Store.open(new StoreLocation.Embedded(dataDir)))
          .isInstanceOf(StoreException.class)
          .hasMessage("data directory " + dataDir.toAbsolutePath()
              + " is in use by another Triangulate process (pid " + ProcessHandle.current().pid()
              + ")");
      assertThat(store.documents()).isEmpty(); // the first store is unharmed
    }
    Store.open(new StoreLocation.Embedded(dataDir)).close(); // free again once closed
  }

  @Test
  void openFromAnotherProcessIsRefusedNamingTheOwner() throws Exception {
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      String out = runOpenProbe();

      assertThat(out).isEqualTo("StoreException: data directory " + dataDir.toAbsolutePath()
          + " is in use by another Triangulate process (pid " + ProcessHandle.current().pid()
          + ")");
      assertThat(store.documents()).isEmpty();
    }
  }

  @Test
  void storeOfAKilledProcessOpensAgainWithItsData() throws Exception {
    Document doc = article("Power restored in Mazar", "Power came back in Mazar-i-Sharif.");
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      store.save(doc, null);
    }
    Process holder = openProbe("hold");
    try (BufferedReader out = holder.inputReader(StandardCharsets.UTF_8)) {
      assertThat(out.readLine()).startsWith("opened");
    }
    holder.destroyForcibly().waitFor(); // kill -9: no close, PostgreSQL left running

    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      assertThat(store.findDocument(doc.id())).contains(doc);
    }
  }

  /** Runs {@link OpenProbe} on the data directory in a new JVM; returns what it printed. */
  private String runOpenProbe() throws IOException, InterruptedException {
    Process p = openProbe();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the probe did not finish in 60 s");
    }
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  private Process openProbe(String... more) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
        System.getProperty("java.class.path"), OpenProbe.class.getName(), dataDir.toString()));
    command.addAll(List.of(more));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
