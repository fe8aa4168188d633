package org.triangulate.graph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;

/**
 * Resolves document-local entities into store entities.
 *
 * <p>Rules, strongest first; each union is refused when it would give one entity two
 * knowledge-base ids, two types, or both sides of an analyst's split (two gazetteer ids do not
 * keep places of one name apart: a gazetteer's wrong match is likelier than two places of one
 * name in one corpus, and the entity then takes the coordinates most of its members have):
 *
 * <ol>
 *   <li>the analyst's merges, and the members of each split kept together (forced);
 *   <li>the same knowledge-base id; places with the same gazetteer id;
 *   <li>organisations and places with the same loose name or alias key ({@link NameKeys#loose});
 *   <li>people, in document order, each joining the earlier group of its name, alias or
 *       initials ("M. Khan") whose profile best supports it ({@link ProfileClustering}): an
 *       uncommon name (name or alias skeleton, {@link NameKeys#skeleton}, not common: not one
 *       word, not all words in the lexicon of common names, {@link
 *       NameStatistics#expectedCarriers} below 1.5) joins its group by name; a common name or an
 *       initial needs shared context (affiliations, co-mentioned people and places,
 *       descriptions) and dates that, weighed together, outweigh the namesakes the name has;
 *   <li>facilities with the same name and a shared place.
 * </ol>
 *
 * <p>Blocking only: every rule is a lookup of keys in hash maps, so the cost is linear in the
 * number of keys (name keys times context keys for people) times the namesake groups sharing a
 * key, never quadratic in a name's mentions. Thread-safe (stateless between calls).
 */
public final class EntityResolver {
  private static final Comparator<EntityRecord> ORDER =
      Comparator.comparingLong(EntityRecord::ordinal).thenComparing(EntityRecord::key)
          .thenComparingLong(EntityRecord::id);

  /**
   * Resolves {@code records}: ids for all of them and the reasons for every union.
   *
   * @param records local entities, each with its context ({@link Contexts#withContext})
   * @param corrections the analyst's corrections still in force, oldest first; those naming
   *     records not given are ignored
   * @param statistics name frequencies of the whole corpus
   */
  public Resolution resolve(
      List<EntityRecord> records, List<Correction> corrections, NameStatistics statistics) {
    List<EntityRecord> rs = new ArrayList<>(records);
    rs.sort(ORDER);
    Map<Long, Integer> index = new HashMap<>(rs.size() * 2);
    for (int i = 0; i < rs.size(); i++) {
      index.put(rs.get(i).id(), i);
    }
    Clusters clusters = new Clusters(rs.size());
    tag(rs, clusters, corrections, index);
    corrections(rs, clusters, corrections, index);
    identifiers(rs, clusters);
    List<Names> names = new ArrayList<>(rs.size());
    for (EntityRecord r : rs) {
      names.add(Names.of(r, statistics));
    }
    byName(rs, names, clusters);
    new ProfileClustering(rs, names, clusters, statistics).run();
    new ContextBlocks(rs, names, clusters).run();
    List<MergeReason> reasons = new ArrayList<>(clusters.unions().size());
    for (Clusters.Union u : clusters.unions()) {
      reasons.add(new MergeReason(rs.get(u.a()).id(), rs.get(u.b()).id(), u.rule(), u.reason()));
    }
    return new Resolution(GroupIds.assign(rs, clusters), reasons);
  }

  private static void tag(List<EntityRecord> rs, Clusters clusters, List<Correction> corrections,
      Map<Long, Integer> index) {
    for (int i = 0; i < rs.size(); i++) {
      EntityRecord r = rs.get(i);
      clusters.tag(i, "type", r.type().name());
      if (r.kb() != null) {
        clusters.tag(i, "kb", r.kb());
      }
    }
    for (Correction c : corrections) {
      if (c instanceof Correction.Split s) {
        s.in().forEach(id -> tagSide(clusters, index, id, "split:" + s.id(), "in"));
        s.out().forEach(id -> tagSide(clusters, index, id, "split:" + s.id(), "out"));
      }
    }
  }

  private static void tagSide(
      Clusters clusters, Map<Long, Integer> index, long id, String tag, String side) {
    Integer i = index.get(id);
    if (i != null) {
      clusters.tag(i, tag, side);
    }
  }

  private static void corrections(List<EntityRecord> rs, Clusters clusters,
      List<Correction> corrections, Map<Long, Integer> index) {
    for (Correction c : corrections) {
      switch (c) {
        case Correction.Merge m -> {
          Integer a = index.get(m.a());
          Integer b = index.get(m.b());
          if (a != null && b != null) {
            clusters.union(a, b, "ANALYST_MERGE", () -> "analyst merge #" + m.id() + ": "
                + m.why(), true);
          }
        }
        case Correction.Split s -> {
          Integer first = null;
          for (long id : s.in().stream().sorted().toList()) {
            Integer i = index.get(id);
            if (i != null && first == null) {
              first = i;
            } else if (i != null) {
              clusters.union(first, i, "ANALYST_SPLIT", () -> "split off together by analyst"
                  + " split #" + s.id() + ": " + s.why(), true);
            }
          }
        }
      }
    }
  }

  private static void identifiers(List<EntityRecord> rs, Clusters clusters) {
    Map<String, Integer> kb = new HashMap<>();
    Map<String, Integer> gazetteer = new HashMap<>();
    for (int i = 0; i < rs.size(); i++) {
      EntityRecord r = rs.get(i);
      if (r.kb() != null) {
        join(clusters, kb, r.kb(), i, "KB", first -> "same knowledge-base id " + r.kb());
      }
      if (r.gazetteerId() != null) {
        join(clusters, gazetteer, r.type() + "|" + r.gazetteerId(), i, "GAZETTEER",
            first -> "same gazetteer id " + r.gazetteerId());
      }
    }
  }

  private static void byName(List<EntityRecord> rs, List<Names> names, Clusters clusters) {
    Map<String, Integer> blocks = new HashMap<>();
    for (int i = 0; i < rs.size(); i++) {
      EntityRecord r = rs.get(i);
      Names n = names.get(i);
      if (r.type() == EntityType.FACILITY || r.type() == EntityType.PERSON) {
        continue; // generic facility names need a shared place; people, a profile
      }
      for (int k = 0; k < n.keys().size(); k++) {
        if (n.common().get(k)) {
          continue;
        }
        String key = n.keys().get(k);
        String rule = k == 0 ? "NAME" : "ALIAS";
        join(clusters, blocks, r.type() + "|" + key, i, rule, first -> (r.type()
            == EntityType.PERSON ? "same uncommon name " : "same name ")
            + quote(rs.get(first)) + " and " + quote(r) + " (key " + key + ")");
      }
    }
  }

  /** Joins record {@code i} to the first record of block {@code key}, or starts the block. */
  static void join(Clusters clusters, Map<String, Integer> blocks, String key, int i, String rule,
      java.util.function.IntFunction<String> reason) {
    @Nullable Integer first = blocks.putIfAbsent(key, i);
    if (first != null) {
      clusters.union(first, i, rule, () -> reason.apply(first), false);
    }
  }

  static String quote(EntityRecord r) {
    return "'" + r.name() + "' (" + r.document() + " " + r.key() + ")";
  }
}
