package org.triangulate.eval.annotated;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Right-over-counted tallies by group (isaf, wikipedia, articles) and measure; not thread-safe. */
public final class Tally {
  private final Map<String, Map<String, int[]>> groups = new TreeMap<>();

  public void add(String group, String measure, int right, int counted) {
    int[] t = groups.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(measure, m -> new int[2]);
    t[0] += right;
    t[1] += counted;
  }

  /** Right over counted, or NaN when nothing was counted. */
  public double rate(String group, String measure) {
    int[] t = groups.getOrDefault(group, Map.of()).get(measure);
    return t == null || t[1] == 0 ? Double.NaN : (double) t[0] / t[1];
  }

  public String table() {
    StringBuilder b = new StringBuilder();
    groups.forEach((g, measures) -> {
      b.append(g).append('\n');
      measures.forEach((m, t) -> b.append(String.format(Locale.ROOT, "  %-26s %6.3f %5d/%-5d%n", m,
          t[1] == 0 ? Double.NaN : (double) t[0] / t[1], t[0], t[1])));
    });
    return b.toString();
  }

  public String json() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    groups.forEach((g, measures) -> {
      ObjectNode gn = root.putObject(g);
      measures.forEach((name, t) -> {
        ObjectNode n = gn.putObject(name);
        n.put("right", t[0]);
        n.put("counted", t[1]);
      });
    });
    return root.toPrettyString();
  }
}
