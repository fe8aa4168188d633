package org.triangulate.eval.coded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.triangulate.eval.coded.CodedScoring.Outcome;
import org.triangulate.eval.coded.CodedScoring.Scored;

/**
 * Per-field accuracy over scored records, by corpus: how many records state each field, and how
 * many of those the extraction gets right; with the mean number of events per record and the
 * records with none.
 */
public final class CodedReport {
  private final List<Scored> scored = new ArrayList<>();

  public void add(Scored s) {
    scored.add(s);
  }

  public List<Scored> scored() {
    return List.copyOf(scored);
  }

  /** Right over scored for {@code field} in {@code corpus}, or NaN when none was scored. */
  public double accuracy(CodedRecord.Corpus corpus, Field field) {
    int[] t = tally(corpus, field);
    return t[1] == 0 ? Double.NaN : (double) t[0] / t[1];
  }

  private int[] tally(CodedRecord.Corpus corpus, Field field) {
    int right = 0;
    int all = 0;
    for (Scored s : scored) {
      Outcome o = s.record().corpus() == corpus ? s.outcomes().getOrDefault(field, Outcome.NOT_SCORED) : Outcome.NOT_SCORED;
      if (o != Outcome.NOT_SCORED) {
        all++;
        right += o == Outcome.RIGHT ? 1 : 0;
      }
    }
    return new int[] {right, all};
  }

  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-10s %6s %6s", "corpus", "records", "events"));
    for (Field f : Field.values()) {
      b.append(String.format(Locale.ROOT, " %15s", f.name().toLowerCase(Locale.ROOT)));
    }
    b.append('\n');
    for (CodedRecord.Corpus c : CodedRecord.Corpus.values()) {
      List<Scored> of = scored.stream().filter(s -> s.record().corpus() == c).toList();
      if (of.isEmpty()) {
        continue;
      }
      double events = of.stream().mapToInt(Scored::events).average().orElse(0);
      b.append(String.format(Locale.ROOT, "%-10s %6d %6.2f", c.name().toLowerCase(Locale.ROOT), of.size(), events));
      for (Field f : Field.values()) {
        int[] t = tally(c, f);
        b.append(t[1] == 0 ? String.format(Locale.ROOT, " %15s", "-")
            : String.format(Locale.ROOT, " %5.3f %4d/%-4d", (double) t[0] / t[1], t[0], t[1]));
      }
      long none = of.stream().filter(s -> s.events() == 0).count();
      b.append(String.format(Locale.ROOT, "  (no event: %d)%n", none));
    }
    return b.toString();
  }

  public String json() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    for (CodedRecord.Corpus c : CodedRecord.Corpus.values()) {
      ObjectNode n = root.putObject(c.name().toLowerCase(Locale.ROOT));
      Map<Field, int[]> t = new EnumMap<>(Field.class);
      for (Field f : Field.values()) {
        t.put(f, tally(c, f));
        ObjectNode fn = n.putObject(f.name().toLowerCase(Locale.ROOT));
        fn.put("right", t.get(f)[0]);
        fn.put("scored", t.get(f)[1]);
      }
    }
    return root.toPrettyString();
  }

  /** One JSON line per record: id, split, each scored field's outcome, the coded and found values. */
  public List<String> dump() {
    ObjectMapper m = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (Scored s : scored) {
      ObjectNode n = m.createObjectNode();
      n.put("id", s.record().id());
      n.put("split", s.record().split().name());
      n.put("events", s.events());
      Map<String, String> fields = new TreeMap<>();
      s.outcomes().forEach((f, o) -> fields.put(f.name().toLowerCase(Locale.ROOT), o.name()));
      fields.forEach(n::put);
      ObjectNode found = n.putObject("found");
      s.found().forEach((f, v) -> found.put(f.name().toLowerCase(Locale.ROOT), v));
      CodedRecord.Coding c = s.record().coding();
      ObjectNode coded = n.putObject("coded");
      coded.put("date", String.valueOf(c.date()));
      coded.put("types", c.types().toString());
      coded.put("places", String.join(" | ", c.places()));
      coded.put("actors", String.join(" | ", c.actors()));
      coded.put("killed", String.valueOf(c.killed()));
      coded.put("injured", String.valueOf(c.injured()));
      out.add(n.toString());
    }
    return out;
  }
}
