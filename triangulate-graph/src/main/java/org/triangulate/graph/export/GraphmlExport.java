package org.triangulate.graph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.export.NetworkView.Attribute;
import org.triangulate.graph.export.NetworkView.Edge;
import org.triangulate.graph.export.NetworkView.Node;

/**
 * Writes the {@link NetworkView} as GraphML (graphml.graphdrawing.org), read by Gephi, yEd,
 * Cytoscape, NetworkX and igraph: one {@code key} per attribute (node keys prefixed {@code n_},
 * edge keys {@code e_}, since both have a {@code type} and {@code documents}), a {@code label}
 * key for names, and a directed graph. GraphML has no time: the first and last dates are
 * attributes. Stateless, so thread-safe.
 */
final class GraphmlExport {
  static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

  private GraphmlExport() {}

  static void write(GraphSnapshot g, OutputStream out) {
    NetworkView view = NetworkView.of(g);
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NAMESPACE);
      x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.writeAttribute("xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/1.0/graphml.xsd");
      key(x, new Attribute("label", "string", "node"), "n_");
      keys(x, NetworkView.NODE_ATTRIBUTES, "n_");
      key(x, new Attribute("label", "string", "edge"), "e_");
      keys(x, NetworkView.EDGE_ATTRIBUTES, "e_");
      x.writeStartElement("graph");
      x.writeAttribute("id", "triangulate");
      x.writeAttribute("edgedefault", "directed");
      for (Node n : view.nodes()) {
        x.writeStartElement("node");
        x.writeAttribute("id", n.id());
        data(x, "n_label", n.label());
        data(x, n.values(), "n_");
        x.writeEndElement();
      }
      for (Edge e : view.edges()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", e.id());
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
        data(x, "e_label", e.label());
        data(x, e.values(), "e_");
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new StoreException("export: cannot write GraphML: " + e.getMessage(), e);
    }
  }

  private static void keys(XMLStreamWriter x, List<Attribute> attributes, String prefix)
      throws XMLStreamException {
    for (Attribute a : attributes) {
      key(x, a, prefix);
    }
  }

  private static void key(XMLStreamWriter x, Attribute a, String prefix)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", prefix + a.name());
    x.writeAttribute("for", a.owner());
    x.writeAttribute("attr.name", a.name());
    x.writeAttribute("attr.type", a.type().equals("integer") ? "int" : a.type());
  }

  private static void data(XMLStreamWriter x, Map<String, Object> values, String prefix)
      throws XMLStreamException {
    for (var v : values.entrySet()) {
      data(x, prefix + v.getKey(), NetworkView.text(v.getValue()));
    }
  }

  private static void data(XMLStreamWriter x, String key, String value)
      throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
