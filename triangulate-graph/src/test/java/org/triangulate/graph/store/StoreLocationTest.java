package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreLocationTest {
  @Test
  void serverLocationNeverShowsItsPasswordOrQueryString() {
    StoreLocation.Server s = new StoreLocation.Server(
        "jdbc:postgresql://db:5432/tri?password=secret", "analyst", "hunter2");

    assertThat(s.toString()).isEqualTo("Server[jdbc:postgresql://db:5432/tri?…, user=analyst]");
  }

  @Test
  void serverLocationMustBeAPostgresqlUrl() {
    assertThatThrownBy(() -> new StoreLocation.Server("jdbc:mysql://db/tri", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a server location must be a jdbc:postgresql: URL: jdbc:mysql://db/tri");
  }
}
