package org.triangulate.graph.links;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Each link's grade as its evidence accrued: on each date one of its claims was published, the
 * grade the analysis gives from the claims published by that day (every link's, so origins are
 * traced as they could be then). The last step is the link's grade from all its claims, undated
 * ones included; steps that do not change the grade are left out.
 *
 * <p>Cost: one analysis ({@link EvidenceGraph}, linear in the claims) per distinct publication
 * date among the links' claims. Stateless, so thread-safe.
 */
public final class GradeHistory {
  private GradeHistory() {}

  /** From {@code from} on (until the next step, or the link's last date), the grade was {@code grade}. */
  public record Step(LocalDate from, String grade) {}

  /** A link's key in {@link #of}'s answer: {@code source|type|target}. */
  public static String key(Link l) {
    return l.source() + "|" + l.type() + "|" + l.target();
  }

  /**
   * The steps of every dated link of {@code links}, by {@link #key}; {@code claims} and {@code
   * links} as {@link EvidenceGraph#of(Handle, SourceTable)} read and made them.
   */
  public static Map<String, List<Step>> of(Handle h, SourceTable sources, List<ClaimFact> claims,
      List<Link> links) {
    Map<String, ClaimFact> byId = new HashMap<>();
    claims.forEach(c -> byId.put(c.id(), c));
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Link l : links) {
      if (l.from() != null) {
        l.claims().forEach(id -> {
          LocalDate d = byId.get(id) == null ? null : byId.get(id).published();
          if (d != null) {
            days.add(d);
          }
        });
      }
    }
    Map<String, Origins.EntityName> names = EvidenceGraph.entityNames(h);
    Map<LocalDate, Map<String, String>> gradesByDay = new TreeMap<>();
    for (LocalDate day : days) {
      List<ClaimFact> known = claims.stream()
          .filter(c -> c.published() != null && !c.published().isAfter(day)).toList();
      Map<String, String> grades = new HashMap<>();
      EvidenceGraph.of(known, names, sources).links().forEach(l -> grades.put(key(l), l.grade()));
      gradesByDay.put(day, grades);
    }
    Map<String, List<Step>> out = new HashMap<>();
    for (Link l : links) {
      if (l.from() == null || l.to() == null) {
        continue;
      }
      TreeSet<LocalDate> own = new TreeSet<>();
      l.claims().forEach(id -> {
        ClaimFact c = byId.get(id);
        if (c != null && c.published() != null && !c.published().isBefore(l.from())
            && !c.published().isAfter(l.to())) {
          own.add(c.published());
        }
      });
      List<Step> steps = new ArrayList<>();
      for (LocalDate day : own) {
        String grade = day.equals(l.to()) ? l.grade() : gradesByDay.get(day).get(key(l));
        if (grade != null && (steps.isEmpty() || !steps.getLast().grade().equals(grade))) {
          steps.add(new Step(day, grade));
        }
      }
      out.put(key(l), List.copyOf(steps));
    }
    return out;
  }
}
