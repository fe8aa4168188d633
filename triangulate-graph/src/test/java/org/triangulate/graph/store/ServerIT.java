package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.graph.StoreException;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;

/** The store on a PostgreSQL server reached by URL alone, as {@code --db} does. */
class ServerIT {
  static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() throws IOException {
    server = EmbeddedPostgres.builder().start(); // a separate server, on a port of its own
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  private static StoreLocation.Server location() {
    return new StoreLocation.Server(
        "jdbc:postgresql://localhost:" + server.getPort() + "/postgres", "postgres", null);
  }

  @Test
  void savesAndExportsOnAServerGivenOnlyItsUrlAndUser() throws IOException {
    Document doc = article("Aid reaches Kandahar", "Aid convoys reached Kandahar on Friday.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Store store = Store.open(location())) {
      assertThat(store.save(doc, extraction(doc,
          entity(doc, "e1", EntityType.LOCATION, "Kandahar"))).status())
          .isEqualTo(Store.SaveResult.Status.INGESTED);
      store.export(out);
    }

    JsonNode root = new ObjectMapper().readTree(out.toByteArray());
    assertThat(root.get("documents").valueStream().map(d -> d.get("id").asText()))
        .contains(doc.id().value());
    assertThat(root.get("entities").valueStream()
        .filter(e -> e.get("name").asText().equals("Kandahar")))
        .singleElement().satisfies(e -> assertThat(e.get("mentions")).hasSize(2));
  }

  @Test
  void reopeningAMigratedServerKeepsItsData() {
    Document doc = article("Road reopens to Bamyan", "The road to Bamyan reopened.");
    try (Store store = Store.open(location())) {
      store.save(doc, null);
    }
    try (Store store = Store.open(location())) {
      assertThat(store.findDocument(doc.id())).contains(doc);
    }
  }

  @Test
  void unreachableServerGivesAStoreExceptionWithoutThePassword() {
    StoreLocation.Server nowhere = new StoreLocation.Server(
        "jdbc:postgresql://localhost:1/none?password=secret&connectTimeout=2", "x", "hunter2");

    assertThatThrownBy(() -> Store.open(nowhere))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("jdbc:postgresql://localhost:1/none?…: cannot connect")
        .message().doesNotContain("secret").doesNotContain("hunter2");
  }
}
