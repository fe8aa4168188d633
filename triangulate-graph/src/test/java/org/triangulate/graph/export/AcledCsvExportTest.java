package org.triangulate.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EventType;

class AcledCsvExportTest {
  @Test
  void everyEventTypeHasALineInTheAcledMapping() throws IOException {
    String mapping;
    try (InputStream in = AcledCsvExport.class.getResourceAsStream("acled-event-types.tsv")) {
      mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> mapped = mapping.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("\t")[0]).toList();
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(EventType.values()).map(Enum::name).toList());
  }

  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuotedAsRfc4180Says() throws IOException {
    StringWriter w = new StringWriter();
    AcledCsvExport.row(w, List.of("plain", "a, b", "say \"no\"", "two\nlines", ""));
    assertThat(w.toString())
        .isEqualTo("plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",\r\n");
  }
}
