package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.export.ExportFormat;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * GEXF and GraphML read back by graphology's own readers (npm graphology-gexf and
 * graphology-graphml, under Node): every entity and event a node, every link an edge with its
 * grade; and the GEXF spells, which those readers ignore, parsed here.
 */
class GraphExportIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  @TempDir static Path files;
  static Store store;
  static JsonNode triangulate;

  @BeforeAll
  static void save() throws IOException {
    store = ExportFixture.store(dataDir, ExportFixture.reports());
    triangulate = JSON.readTree(ExportFixture.export(store, ExportFormat.JSON));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"GEXF", "GRAPHML"})
  void graphologyReadsEveryEntityAndEventAsANodeAndEveryLinkAsAnEdge(ExportFormat format)
      throws Exception {
    JsonNode read = JSON.readTree(NodeReader.run("read-graph.mjs", format.label(),
        write(format).toAbsolutePath().toString()));

    Set<String> nodes = new HashSet<>();
    read.get("nodes").forEach(n -> nodes.add(n.get("key").asText()));
    Set<String> entities = new HashSet<>();
    triangulate.get("entities").forEach(e -> entities.add(e.get("id").asText()));
    assertThat(nodes).containsAll(entities);
    assertThat(read.get("order").asInt())
        .isEqualTo(entities.size() + triangulate.get("events").size());
    assertThat(read.get("size").asInt()).isEqualTo(triangulate.get("links").size())
        .isGreaterThanOrEqualTo(3);
    Map<String, String> grades = new HashMap<>();
    triangulate.get("links").forEach(l -> grades.put(l.get("source").asText() + " "
        + l.get("type").asText(), l.get("grade").asText()));
    for (JsonNode e : read.get("edges")) {
      JsonNode a = e.get("attributes");
      String key = e.get("source").asText() + " " + a.get("type").asText();
      assertThat(a.get("grade").asText()).as(key).isEqualTo(grades.get(key));
      assertThat(a.get("independentOrigins").isNumber()).isTrue();
      assertThat(nodes).contains(e.get("target").asText());
    }
    JsonNode jalalabad = node(read, "Jalalabad");
    assertThat(jalalabad.get("latitude").asDouble()).isEqualTo(ExportFixture.JALALABAD.lat());
    assertThat(jalalabad.get("kind").asText()).isEqualTo("entity");
    assertThat(node(read, "Islamic State").get("type").asText()).isEqualTo("ORGANIZATION");
  }

  @Test
  void gexfEdgesSpanTheDatesOfTheirDocumentsAndDayEventsTheirDay() throws Exception {
    var doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
        .parse(write(ExportFormat.GEXF).toFile());
    Element graph = (Element) doc.getElementsByTagNameNS("http://gexf.net/1.3", "graph").item(0);
    assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
    assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
    NodeList edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
    assertThat(edges.getLength()).isEqualTo(triangulate.get("links").size());
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      Element spell = (Element) edge.getElementsByTagNameNS("http://gexf.net/1.3", "spell").item(0);
      LocalDate start = LocalDate.parse(spell.getAttribute("start"));
      LocalDate end = LocalDate.parse(spell.getAttribute("end"));
      assertThat(start).isBeforeOrEqualTo(end);
      assertThat(attvalue(edge, "firstReported")).isEqualTo(start.toString());
      assertThat(attvalue(edge, "lastReported")).isEqualTo(end.toString());
      spans.add(start + "/" + end);
    }
    assertThat(spans).contains("2021-02-22/2021-02-22", "2021-02-23/2021-02-23");
    NodeList nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
    boolean bombingDay = false;
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      if (n.getAttribute("label").startsWith("Bombing")) {
        Element spell = (Element) n.getElementsByTagNameNS("http://gexf.net/1.3", "spell").item(0);
        bombingDay = spell.getAttribute("start").equals("2021-02-11")
            && spell.getAttribute("end").equals("2021-02-11");
      }
    }
    assertThat(bombingDay).as("the bombing node has the spell of its day").isTrue();
  }

  private static String attvalue(Element owner, String name) {
    NodeList values = owner.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue");
    for (int i = 0; i < values.getLength(); i++) {
      Element v = (Element) values.item(i);
      if (v.getAttribute("for").equals(name)) {
        return v.getAttribute("value");
      }
    }
    return null;
  }

  private static JsonNode node(JsonNode read, String label) {
    for (JsonNode n : read.get("nodes")) {
      if (n.get("attributes").get("label").asText().equals(label)) {
        return n.get("attributes");
      }
    }
    throw new AssertionError("no node labelled " + label);
  }

  private static Path write(ExportFormat format) throws IOException {
    Path file = files.resolve("graph." + format.extension());
    Files.writeString(file, ExportFixture.export(store, format));
    return file;
  }
}
