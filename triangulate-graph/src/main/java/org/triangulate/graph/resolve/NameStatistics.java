package org.triangulate.graph.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.EntityType;

/**
 * How often the words of people's names occur, counted over distinct names (name skeletons), so
 * that one famous person mentioned a thousand times does not make his name look common.
 *
 * <p>A name of words w₁…wₖ is expected to be carried by about D·∏ f(wᵢ) people, where D is the
 * number of distinct names and f(w) the share of them containing w (independence, as in
 * Fellegi–Sunter frequency-based matching: Fellegi and Sunter, "A Theory for Record Linkage",
 * JASA 64, 1969). Implementations are immutable, so thread-safe.
 */
public interface NameStatistics {
  /** How many distinct person names there are. */
  long distinctNames();

  /** How many distinct person names contain the word with this skeleton. */
  long namesWith(String tokenSkeleton);

  /**
   * The share of people's local entities that have this context key (an affiliation, a
   * co-mentioned person or place, a description): how likely two namesakes share it by chance.
   * 0 when not counted.
   */
  default double contextShare(String contextKey) {
    return 0;
  }

  /**
   * About how many people carry a common name, judged by how often it is mentioned: its local
   * entities over the mean number per distinct name (so "Mohammad Khan", mentioned ten times as
   * often as a typical name, is carried by about ten people). 0 when not counted.
   */
  default double mentionedCarriers(String nameSkeleton) {
    return 0;
  }

  /**
   * About how many different people carry a name of these words (at least 0); 1 or more means
   * the name alone does not identify a person.
   */
  default double expectedCarriers(List<String> tokenSkeletons) {
    double d = distinctNames();
    if (d == 0) {
      return 0;
    }
    double expected = d;
    for (String t : tokenSkeletons) {
      expected *= namesWith(t) / d;
    }
    return expected;
  }

  /** Counts over the people among {@code records}. */
  static NameStatistics of(Collection<EntityRecord> records) {
    Set<String> names = new HashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> contexts = new HashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    int people = 0;
    for (EntityRecord r : records) {
      if (r.type() != EntityType.PERSON) {
        continue;
      }
      people++;
      for (String c : r.context()) {
        if (ProfileClustering.weighs(c)) {
          contexts.merge(c, 1, Integer::sum);
        }
      }
      List<String> tokens = NameKeys.tokens(r.name());
      String name = NameKeys.skeletonOf(tokens);
      mentions.merge(name, 1, Integer::sum);
      if (!name.isEmpty() && names.add(name)) {
        for (String t : new HashSet<>(tokens.stream().map(NameKeys::tokenSkeleton).toList())) {
          counts.merge(t, 1, Integer::sum);
        }
      }
    }
    return of(names.size(), counts, people, contexts, mentions);
  }

  /** Fixed counts: {@code distinct} names, {@code counts} by word skeleton. */
  static NameStatistics of(long distinct, Map<String, Integer> counts) {
    return of(distinct, counts, 0, Map.of(), Map.of());
  }

  /**
   * Fixed counts: {@code distinct} names, {@code counts} by word skeleton, {@code people} local
   * entities of people, {@code contexts} of them by context key and {@code mentions} of them by
   * name skeleton (only those asked about are needed).
   */
  static NameStatistics of(long distinct, Map<String, Integer> counts, long people,
      Map<String, Integer> contexts, Map<String, Integer> mentions) {
    Map<String, Integer> copy = Map.copyOf(counts);
    Map<String, Integer> contextCopy = Map.copyOf(contexts);
    Map<String, Integer> mentionCopy = Map.copyOf(mentions);
    return new NameStatistics() {
      @Override
      public double mentionedCarriers(String nameSkeleton) {
        return people == 0 || distinct == 0 ? 0
            : mentionCopy.getOrDefault(nameSkeleton, 0) * (double) distinct / people;
      }

      @Override
      public double contextShare(String contextKey) {
        return people == 0 ? 0 : contextCopy.getOrDefault(contextKey, 0) / (double) people;
      }

      @Override
      public long distinctNames() {
        return distinct;
      }

      @Override
      public long namesWith(String tokenSkeleton) {
        return copy.getOrDefault(tokenSkeleton, 0);
      }
    };
  }
}
