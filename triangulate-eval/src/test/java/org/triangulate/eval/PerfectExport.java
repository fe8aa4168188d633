package org.triangulate.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the export a perfect pipeline would write for a gold set: what the scorer must rate 1.0. */
final class PerfectExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PerfectExport() {}

  static ObjectNode of(GoldSet gold) {
    ObjectNode root = JSON.createObjectNode().put("format", "triangulate/1");
    ArrayNode docs = root.putArray("documents");
    ArrayNode entities = root.putArray("entities");
    ArrayNode events = root.putArray("events");
    ArrayNode claims = root.putArray("claims");
    int n = 0;
    for (GoldDocument g : gold.documents()) {
      String docId = "d" + ++n;
      String text = GoldSet.plainText(gold.dir().resolve(g.document()));
      ObjectNode doc = docs.addObject().put("id", docId).put("file", "/somewhere/else/" + g.document())
          .put("text", text).put("byline", g.byline()).put("dateline", g.dateline());
      doc.put("published", g.publishedFrom() == null ? null : g.publishedFrom().toString());
      if (g.publishedInferred() != null) {
        doc.put("publishedInferred", g.publishedInferred());
      }
      Map<String, String> ids = new HashMap<>();
      for (GoldEntity e : g.entities()) {
        String id = docId + "-n" + ids.size();
        e.keys().forEach(k -> ids.put(k, id));
        ObjectNode en = entities.addObject().put("id", id).put("type", e.type()).put("name", e.name());
        e.aliases().forEach(en.putArray("aliases")::add);
        e.descriptions().forEach(en.putArray("descriptions")::add);
        evidence(en.putArray("mentions"), docId, text, e.name(), "body");
      }
      for (GoldEvent e : g.events()) {
        ObjectNode ev = events.addObject().put("id", docId + "-" + e.id()).put("type", e.type());
        ObjectNode time = ev.putObject("time");
        if (e.time() == null) {
          time.putNull("value").put("precision", "UNKNOWN").put("basis", "EVENT");
        } else {
          time.put("value", e.time().value()).put("precision", e.time().precision())
              .put("basis", e.time().basis());
        }
        ev.put("killed", e.killed().isEmpty() ? null : e.killed().get(0));
        ev.put("injured", e.injured().isEmpty() ? null : e.injured().get(0));
        ev.put("location", e.places().isEmpty() ? null : ref(g, ids, docId, e.places().get(0)));
        ArrayNode ps = ev.putArray("participants");
        for (GoldParticipant p : e.participants()) {
          ps.addObject().put("role", p.role())
              .put("entity", p.name() == null ? null : ref(g, ids, docId, p.name()))
              .put("text", p.name() == null ? p.text() : p.name());
        }
        anchors(ev.putArray("evidence"), docId, text, e.anchors(), "body");
      }
      int c = 0;
      for (GoldClaim cl : g.claims()) {
        ObjectNode cn = claims.addObject().put("id", docId + "-c" + c++)
            .put("speaker", cl.speakers().isEmpty() ? null : ref(g, ids, docId, cl.speakers().get(0)))
            .put("speakerText", cl.speakerText()).put("modality", cl.modality())
            .put("section", cl.section()).put("subject", ref(g, ids, docId, cl.subject()))
            .put("predicate", cl.predicate())
            .put("object", cl.object() == null ? null : ref(g, ids, docId, cl.object()));
        ArrayNode via = cn.putArray("via");
        cl.via().forEach(v -> via.add(ref(g, ids, docId, v)));
        anchors(cn.putArray("evidence"), docId, text, cl.anchors(), cl.section());
      }
    }
    return root;
  }

  private static String ref(GoldDocument g, Map<String, String> ids, String docId, String name) {
    if (name.startsWith("#")) {
      return docId + "-" + name.substring(1);
    }
    return ids.get(g.findEntity(name).orElseThrow().keys().iterator().next());
  }

  private static void anchors(ArrayNode out, String docId, String text, List<String> anchors, String section) {
    anchors.forEach(a -> evidence(out, docId, text, a, section));
  }

  /** Evidence at the first place the snippet occurs, whitespace aside; [0, 1) when it does not. */
  private static void evidence(ArrayNode out, String docId, String text, String snippet, String section) {
    Compact compact = new Compact(text);
    String needle = Compact.squeeze(snippet);
    int i = compact.squeezed().indexOf(needle);
    int start = i < 0 ? 0 : compact.start(i);
    int end = i < 0 ? 1 : compact.end(i + needle.length());
    out.addObject().put("document", docId).put("section", section).put("start", start)
        .put("end", end).put("text", text.substring(start, end));
  }
}
