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
 *   <li>people whose name or alias skeletons ({@link NameKeys#skeleton}) are equal and not common:
 *       a name is common when it has one word, when all its words are in the lexicon of common
 *       names, or when {@link NameStatistics#expectedCarriers} is 1 or more;
 *   <li>people with an equal common name, or equal initials key ("M. Khan"), who share a linking
 *       context ({@link Contexts#links}): an affiliation, a co-mentioned person, a description,
 *       when it is distinctive for the name ({@link Names#distinctive}: in a large corpus, many
 *       Mohammad Khans are Taliban);
 *       an initials key joins a full name only when one full name in the block has it;
 *   <li>facilities with the same name and a shared place.
 * </ol>
 *
 * <p>Blocking only: every rule is a lookup of a key in a hash map, each record joining the first
 * record of each of its blocks, so the cost is linear in the number of keys (name keys times
 * context keys for common names), never quadratic. Thread-safe (stateless between calls).
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
    new ContextBlocks(rs, names, clusters, statistics).run();
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
      if (r.type() == EntityType.FACILITY) {
        continue; // generic facility names ("police headquarters") need a shared place
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
