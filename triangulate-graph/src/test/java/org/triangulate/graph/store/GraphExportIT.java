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

  /**
   * The dynamic edge attribute gradeOverTime: declared as dynamic, one value per step from the
   * edge's first day to its last, each step to the day before the next, ending at the link's
   * grade; on the first document's day the grade is the one a store of that document alone
   * gives. Every attvalue names an attribute declared for its class (graphology's reader, which
   * keeps only the last block of a class, is told to let the dynamic one pass undeclared).
   */
  @Test
  void gexfGradeOverTimeStepsFromTheFirstDayToTheLinksGrade(@TempDir Path firstDayData)
      throws Exception {
    var doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
        .parse(write(ExportFormat.GEXF).toFile());
    Map<String, String> declared = new HashMap<>(); // class + " " + id -> mode
    NodeList blocks = doc.getElementsByTagNameNS(GEXF, "attributes");
    for (int i = 0; i < blocks.getLength(); i++) {
      Element block = (Element) blocks.item(i);
      NodeList attributes = block.getElementsByTagNameNS(GEXF, "attribute");
      for (int j = 0; j < attributes.getLength(); j++) {
        declared.put(block.getAttribute("class") + " "
            + ((Element) attributes.item(j)).getAttribute("id"), block.getAttribute("mode"));
      }
    }
    assertThat(declared).containsEntry("edge gradeOverTime", "dynamic")
        .containsEntry("edge grade", "static");
    for (String owner : List.of("node", "edge")) {
      NodeList elements = doc.getElementsByTagNameNS(GEXF, owner);
      for (int i = 0; i < elements.getLength(); i++) {
        NodeList values = ((Element) elements.item(i)).getElementsByTagNameNS(GEXF, "attvalue");
        for (int j = 0; j < values.getLength(); j++) {
          Element v = (Element) values.item(j);
          assertThat(declared).containsKey(owner + " " + v.getAttribute("for"));
          assertThat(v.hasAttribute("start")).as("only dynamic attributes have a time")
              .isEqualTo(declared.get(owner + " " + v.getAttribute("for")).equals("dynamic"));
        }
      }
    }

    LocalDate firstDay = LocalDate.parse(triangulate.get("documents").get(0).get("published").asText());
    Map<String, String> firstDayGrades;
    try (Store alone = ExportFixture.store(firstDayData, ExportFixture.reports().subList(0, 1))) {
      firstDayGrades = edgeGrades(DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
          .parse(new java.io.ByteArrayInputStream(ExportFixture.export(alone, ExportFormat.GEXF)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
    Map<String, String> labels = nodeLabels(doc);
    NodeList edges = doc.getElementsByTagNameNS(GEXF, "edge");
    int comparedWithTheFirstDay = 0;
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      Element spell = (Element) edge.getElementsByTagNameNS(GEXF, "spell").item(0);
      List<Element> steps = new ArrayList<>();
      NodeList values = edge.getElementsByTagNameNS(GEXF, "attvalue");
      for (int j = 0; j < values.getLength(); j++) {
        if (((Element) values.item(j)).getAttribute("for").equals("gradeOverTime")) {
          steps.add((Element) values.item(j));
        }
      }
      String key = labels.get(edge.getAttribute("source")) + " " + edge.getAttribute("label")
          + " " + labels.get(edge.getAttribute("target"));
      assertThat(steps).as(key).isNotEmpty();
      assertThat(steps.getFirst().getAttribute("start")).isEqualTo(spell.getAttribute("start"));
      assertThat(steps.getLast().getAttribute("end")).isEqualTo(spell.getAttribute("end"));
      assertThat(steps.getLast().getAttribute("value")).isEqualTo(attvalue(edge, "grade"));
      for (int j = 1; j < steps.size(); j++) {
        assertThat(LocalDate.parse(steps.get(j).getAttribute("start"))).isEqualTo(
            LocalDate.parse(steps.get(j - 1).getAttribute("end")).plusDays(1));
        assertThat(steps.get(j).getAttribute("value"))
            .isNotEqualTo(steps.get(j - 1).getAttribute("value"));
      }
      steps.forEach(v -> assertThat(v.getAttribute("value")).matches("[A-F][1-6]"));
      if (steps.getFirst().getAttribute("start").equals(firstDay.toString())) {
        assertThat(steps.getFirst().getAttribute("value")).as(key)
            .isEqualTo(firstDayGrades.get(key));
        comparedWithTheFirstDay++;
      }
    }
    assertThat(comparedWithTheFirstDay).isPositive();
  }

  private static final String GEXF = "http://gexf.net/1.3";

  /** Node id -> label. */
  private static Map<String, String> nodeLabels(org.w3c.dom.Document doc) {
    Map<String, String> labels = new HashMap<>();
    NodeList nodes = doc.getElementsByTagNameNS(GEXF, "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      labels.put(n.getAttribute("id"), n.getAttribute("label"));
    }
    return labels;
  }

  /** "source label, edge label, target label" -> the edge's static grade. */
  private static Map<String, String> edgeGrades(org.w3c.dom.Document doc) {
    Map<String, String> labels = nodeLabels(doc);
    Map<String, String> grades = new HashMap<>();
    NodeList edges = doc.getElementsByTagNameNS(GEXF, "edge");
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      grades.put(labels.get(e.getAttribute("source")) + " " + e.getAttribute("label") + " "
          + labels.get(e.getAttribute("target")), attvalue(e, "grade"));
    }
    return grades;
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
