package org.triangulate.graph.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.export.GraphSnapshot.SnapshotDocument;
import org.triangulate.graph.export.NetworkView.Attribute;
import org.triangulate.graph.export.NetworkView.Edge;
import org.triangulate.graph.export.NetworkView.Node;
import org.triangulate.graph.links.GradeHistory;

/**
 * Writes the {@link NetworkView} as GEXF 1.3 (gexf.net), the format of Gephi: a directed,
 * dynamic graph whose time format is the date. A link's edge has a spell from the first to the
 * last date of the documents that support it, and an event dated to the day has a spell of that
 * day, so Gephi's timeline shows the network as it was reported. The attributes are static but
 * one: the dynamic edge attribute {@value #GRADE_OVER_TIME}, the link's grade as its evidence
 * accrued ({@link org.triangulate.graph.links.GradeHistory}), one value per step from its day
 * to the day before the next step, the last to the end of the edge's spell.
 *
 * <p>The dynamic attributes are declared before the static ones: graphology-gexf reads only
 * the last {@code <attributes>} block of a class, and the static block is the one it must type.
 * Stateless, so thread-safe.
 */
final class GexfExport {
  static final String NAMESPACE = "http://gexf.net/1.3";
  static final String GRADE_OVER_TIME = "gradeOverTime";

  private GexfExport() {}

  static void write(GraphSnapshot g, OutputStream out) {
    NetworkView view = NetworkView.of(g);
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("gexf");
      x.writeDefaultNamespace(NAMESPACE);
      x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.writeAttribute("xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd");
      x.writeAttribute("version", "1.3");
      x.writeStartElement("meta");
      x.writeAttribute("lastmodifieddate", lastModified(g.documents()).toString());
      text(x, "creator", "Triangulate");
      text(x, "description", "Entities and events as nodes, links as edges graded on the "
          + "Admiralty scale by their independent origins.");
      x.writeEndElement();
      x.writeStartElement("graph");
      x.writeAttribute("defaultedgetype", "directed");
      x.writeAttribute("mode", "dynamic");
      x.writeAttribute("timeformat", "date");
      x.writeAttribute("timerepresentation", "interval");
      attributes(x, "node", NetworkView.NODE_ATTRIBUTES);
      attributes(x, "edge", "dynamic", List.of(new Attribute(GRADE_OVER_TIME, "string", "edge")));
      attributes(x, "edge", NetworkView.EDGE_ATTRIBUTES);
      x.writeStartElement("nodes");
      for (Node n : view.nodes()) {
        x.writeStartElement("node");
        x.writeAttribute("id", n.id());
        x.writeAttribute("label", n.label());
        attvalues(x, n.values());
        spell(x, n.day(), n.day());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeStartElement("edges");
      for (Edge e : view.edges()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", e.id());
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
        x.writeAttribute("label", e.label());
        x.writeStartElement("attvalues");
        values(x, e.values());
        gradeSteps(x, e);
        x.writeEndElement();
        spell(x, e.from(), e.to());
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new StoreException("export: cannot write GEXF: " + e.getMessage(), e);
    }
  }

  /** The day the latest document was ingested, or 1970-01-01 for an empty store. */
  static LocalDate lastModified(List<SnapshotDocument> documents) {
    return documents.stream().map(SnapshotDocument::ingested).max(Instant::compareTo)
        .orElse(Instant.EPOCH).atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static void attributes(XMLStreamWriter x, String owner, List<Attribute> attributes)
      throws XMLStreamException {
    attributes(x, owner, "static", attributes);
  }

  private static void attributes(XMLStreamWriter x, String owner, String mode,
      List<Attribute> attributes) throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", owner);
    x.writeAttribute("mode", mode);
    for (Attribute a : attributes) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", a.name());
      x.writeAttribute("title", a.name());
      x.writeAttribute("type", a.type());
    }
    x.writeEndElement();
  }

  private static void attvalues(XMLStreamWriter x, java.util.Map<String, Object> values)
      throws XMLStreamException {
    x.writeStartElement("attvalues");
    values(x, values);
    x.writeEndElement();
  }

  private static void values(XMLStreamWriter x, java.util.Map<String, Object> values)
      throws XMLStreamException {
    for (var v : values.entrySet()) {
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", v.getKey());
      x.writeAttribute("value", NetworkView.text(v.getValue()));
    }
  }

  /** The grade's steps, each closed interval ending the day before the next step begins. */
  private static void gradeSteps(XMLStreamWriter x, Edge e) throws XMLStreamException {
    List<GradeHistory.Step> steps = e.grades();
    for (int i = 0; i < steps.size(); i++) {
      LocalDate end = i + 1 < steps.size() ? steps.get(i + 1).from().minusDays(1) : e.to();
      x.writeEmptyElement("attvalue");
      x.writeAttribute("for", GRADE_OVER_TIME);
      x.writeAttribute("value", steps.get(i).grade());
      x.writeAttribute("start", steps.get(i).from().toString());
      if (end != null) {
        x.writeAttribute("end", end.toString());
      }
    }
  }

  private static void spell(XMLStreamWriter x, @Nullable LocalDate start, @Nullable LocalDate end)
      throws XMLStreamException {
    if (start == null && end == null) {
      return;
    }
    x.writeStartElement("spells");
    x.writeEmptyElement("spell");
    if (start != null) {
      x.writeAttribute("start", start.toString());
    }
    if (end != null) {
      x.writeAttribute("end", end.toString());
    }
    x.writeEndElement();
  }

  private static void text(XMLStreamWriter x, String element, String text)
      throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(text);
    x.writeEndElement();
  }
}
