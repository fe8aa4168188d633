package org.triangulate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Spark logs through Log4j 2, so this module's classpath must hold Log4j's SLF4J provider and no
 * other: with a second one (logback, which the command line brings) SLF4J prints "multiple
 * providers" on every test run and binds whichever comes first on the classpath.
 */
class LoggingProvidersTest {
  @Test
  void log4jIsTheOnlySlf4jProvider() {
    assertThat(ServiceLoader.load(SLF4JServiceProvider.class).stream()
            .map(p -> p.type().getName()))
        .containsExactly("org.apache.logging.slf4j.SLF4JServiceProvider");
  }
}
