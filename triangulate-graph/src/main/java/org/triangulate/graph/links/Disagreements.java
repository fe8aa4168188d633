package org.triangulate.graph.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the reports of one event group disagree on what they code or count:
 *
 * <ul>
 *   <li><b>perpetrator-differs</b>: a coded row (ACLED, GTD) names its perpetrator(s), and the
 *       news attributes the same event to perpetrators none of whom the row names; or two rows
 *       of different datasets name perpetrators none of whom the other names. A news report
 *       naming the row's group among others agrees with it, and so does a row naming it as a
 *       suspect. Who claimed the event is left to {@code claimed-vs-attributed}, which already
 *       sets a claim against the row.
 *   <li><b>counts-differ</b>: two sources (different outlets, or a dataset and an outlet) count
 *       the killed, or the injured, differently by more than the tolerance {@link #agree}
 *       allows. Reports of one outlet do not contradict each other: a later toll updates its
 *       own earlier one.
 * </ul>
 *
 * <p>Pure; linear in the claims and reports, plus the pairs of sources within one group.
 */
final class Disagreements {
  static final List<String> FIELDS = List.of("killed", "injured");

  private Disagreements() {}

  static List<Conflict> find(List<ClaimFact> claims, List<ReportFact> reports) {
    List<Conflict> out = new ArrayList<>();
    out.addAll(perpetrators(claims, reports));
    out.addAll(counts(claims, reports));
    return out;
  }

  /**
   * Whether two counts of one event agree: they differ by at most one, or by at most a tenth of
   * the larger. One absorbs the attacker a dataset counts among the dead and a report does not
   * (a suicide bomber); a tenth absorbs the rounding of large tolls ("some 50", 54).
   */
  static boolean agree(int a, int b) {
    return Math.abs(a - b) <= Math.max(1, Math.max(a, b) / 10);
  }

  private static List<Conflict> perpetrators(List<ClaimFact> claims, List<ReportFact> reports) {
    Map<String, String> coded = new LinkedHashMap<>();
    reports.stream().filter(ReportFact::coded).forEach(r -> coded.put(r.document(), r.source()));
    Map<String, List<ClaimFact>> byEvent = new LinkedHashMap<>();
    for (ClaimFact c : claims) {
      if (c.objectIsEvent() && !c.denied() && c.predicate().equals("PERPETRATOR_OF")) {
        byEvent.computeIfAbsent(Objects.requireNonNull(c.object()), k -> new ArrayList<>()).add(c);
      }
    }
    List<Conflict> out = new ArrayList<>();
    byEvent.forEach((event, cs) -> {
      Map<String, Set<String>> byRow = new LinkedHashMap<>();
      Set<String> byNews = new LinkedHashSet<>();
      cs.forEach(c -> (coded.containsKey(c.document())
          ? byRow.computeIfAbsent(c.document(), k -> new LinkedHashSet<>()) : byNews).add(c.subject()));
      Set<String> allRows = new LinkedHashSet<>();
      byRow.values().forEach(allRows::addAll);
      if (!allRows.isEmpty() && !byNews.isEmpty() && byNews.stream().noneMatch(allRows::contains)) {
        out.add(conflict(event, byNews, allRows, cs));
      }
      out.addAll(rowsApart(event, byRow, coded, cs));
    });
    return out;
  }

  /** Each pair of rows of different datasets that name no perpetrator in common. */
  private static List<Conflict> rowsApart(String event, Map<String, Set<String>> byRow,
      Map<String, String> datasets, List<ClaimFact> claims) {
    List<String> rows = List.copyOf(byRow.keySet());
    List<Conflict> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        String a = rows.get(i);
        String b = rows.get(j);
        if (!datasets.get(a).equals(datasets.get(b))
            && byRow.get(b).stream().noneMatch(byRow.get(a)::contains)) {
          out.add(conflict(event, byRow.get(b), byRow.get(a), claims.stream()
              .filter(c -> c.document().equals(a) || c.document().equals(b)).toList()));
        }
      }
    }
    return out;
  }

  private static Conflict conflict(String event, Set<String> attributed, Set<String> coded,
      List<ClaimFact> claims) {
    return new Conflict(event, List.of(), List.copyOf(attributed), List.copyOf(coded), List.of(),
        claims.stream().map(ClaimFact::id).toList(), Conflict.PERPETRATOR_DIFFERS);
  }

  private static List<Conflict> counts(List<ClaimFact> claims, List<ReportFact> reports) {
    Map<String, List<ReportFact>> byGroup = new LinkedHashMap<>();
    reports.forEach(r -> byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
    // each conflict's claims that its event happened, found by subject instead of by a pass over
    // every claim per conflict (at 100,000 synthetic reports, minutes)
    Map<String, List<ClaimFact>> occurred = new HashMap<>();
    claims.stream().filter(c -> c.predicate().equals("OCCURRED"))
        .forEach(c -> occurred.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c));
    List<Conflict> out = new ArrayList<>();
    byGroup.forEach((group, rs) -> {
      for (String field : FIELDS) {
        List<ReportFact> counted = rs.stream().filter(r -> r.count(field) != null).toList();
        if (differ(counted, field)) {
          out.add(countConflict(group, field, counted, occurred.getOrDefault(group, List.of())));
        }
      }
    });
    return out;
  }

  /** Whether two of {@code rs}, from different sources, count {@code field} beyond the tolerance. */
  private static boolean differ(List<ReportFact> rs, String field) {
    for (int i = 0; i < rs.size(); i++) {
      for (int j = i + 1; j < rs.size(); j++) {
        ReportFact a = rs.get(i);
        ReportFact b = rs.get(j);
        if (!a.source().equals(b.source())
            && !agree(Objects.requireNonNull(a.count(field)), Objects.requireNonNull(b.count(field)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The conflict: every report's count, and the claims that the event happened as each tells it
   * ({@code occurred}: the claims that the group happened, in claim order).
   */
  private static Conflict countConflict(String group, String field, List<ReportFact> rs,
      List<ClaimFact> occurred) {
    List<Conflict.Count> counts = rs.stream().map(r -> new Conflict.Count(field,
        Objects.requireNonNull(r.count(field)), r.report(), r.document(), r.source())).toList();
    Set<String> documents = new LinkedHashSet<>();
    rs.forEach(r -> documents.add(r.document()));
    List<String> told = occurred.stream().filter(c -> documents.contains(c.document()))
        .map(ClaimFact::id).toList();
    return new Conflict(group, List.of(), List.of(), List.of(), counts, told,
        Conflict.COUNTS_DIFFER);
  }
}
