package org.triangulate.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * The schema's CHECK constraints list every constant of the model's vocabularies, so a constant
 * added to the model without a migration fails here rather than on the first save.
 */
class SchemaVocabularyTest {
  private static final List<String> MIGRATIONS = List.of(
      "V1__documents_and_entities.sql", "V2__events_claims_and_geo.sql");

  static Stream<Class<? extends Enum<?>>> vocabularies() {
    return Stream.of(EntityType.class, EventType.class, TimeSpec.Precision.class,
        TimeSpec.Basis.class, Role.class, Modality.class, Predicate.class, Section.class);
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void everyConstantIsAllowedByTheSchema(Class<? extends Enum<?>> vocabulary) throws IOException {
    String schema = schema();

    assertThat(Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name))
        .allSatisfy(name -> assertThat(schema).contains("'" + name + "'"));
  }

  private static String schema() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String file : MIGRATIONS) {
      try (InputStream in = SchemaVocabularyTest.class.getResourceAsStream(
          "/db/migration/" + file)) {
        assertThat(in).as(file).isNotNull();
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }
}
