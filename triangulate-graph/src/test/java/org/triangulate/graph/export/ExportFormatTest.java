package org.triangulate.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one place a format's name, media type and file name are chosen, for the CLI and the server. */
class ExportFormatTest {
  @Test
  void everyFormatIsFoundByItsLabelInAnyCaseAndNothingElseIs() {
    for (ExportFormat f : ExportFormat.values()) {
      assertThat(ExportFormat.find(f.label())).contains(f);
      assertThat(ExportFormat.find(f.label().toUpperCase(java.util.Locale.ROOT))).contains(f);
    }
    assertThat(ExportFormat.find("xml")).isEmpty();
    assertThat(ExportFormat.find("")).isEmpty();
    assertThat(ExportFormat.labels()).isEqualTo("json, stix, gexf, graphml, csv, ftm");
  }

  @Test
  void eachFormatHasTheMediaTypeItsConsumersName() {
    assertThat(ExportFormat.JSON.mediaType()).isEqualTo("application/json");
    assertThat(ExportFormat.STIX.mediaType()).isEqualTo("application/stix+json;version=2.1");
    assertThat(ExportFormat.GEXF.mediaType()).isEqualTo("application/gexf+xml");
    assertThat(ExportFormat.GRAPHML.mediaType()).isEqualTo("application/graphml+xml");
    assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv; charset=utf-8; header=present");
    assertThat(ExportFormat.FTM.mediaType()).isEqualTo("application/x-ndjson");
  }

  @Test
  void fileNamesCarryTheFormatWhereTheExtensionDoesNotSayIt() {
    assertThat(Arrays.stream(ExportFormat.values()).map(ExportFormat::fileName))
        .containsExactly("triangulate.json", "triangulate.stix.json", "triangulate.gexf",
            "triangulate.graphml", "triangulate.csv", "triangulate.ftm.jsonl");
  }
}
