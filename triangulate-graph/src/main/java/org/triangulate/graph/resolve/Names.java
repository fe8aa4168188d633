package org.triangulate.graph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.triangulate.model.EntityType;

/**
 * The name keys of one record: its name's key first, then its aliases' ({@link NameKeys#skeleton}
 * for people, {@link NameKeys#loose} for the rest), whether each is common, and a person's
 * initials key.
 *
 * @param keys distinct name keys, the name's first
 * @param common for each key, whether it alone does not identify a person
 * @param carriers for each common key, about how many people carry it, by its words' frequency
 *     or by how often it is mentioned, whichever is more (0 when the corpus is too small to say,
 *     and for names that are not common)
 * @param initials the initials key ({@code m.kn}) of a person's name of two words or more, else
 *     empty
 * @param initialsCarriers about how many people carry the initials key (those of its last word)
 * @param initialOnly whether the person is named with an initial ("M. Khan")
 * @param fullKey the name's key when it is a full name, else empty
 */
record Names(List<String> keys, List<Boolean> common, List<Double> carriers, String initials,
    double initialsCarriers, boolean initialOnly, String fullKey) {
  /** Fewer distinct names than this give no word frequencies to trust. */
  static final long MIN_NAMES = 100;

  /**
   * A name expected to be carried by this many people or more is common; the estimate counts
   * the person at hand, so 1 would call every name of a small corpus common.
   */
  static final double COMMON_CARRIERS = 1.5;

  static Names of(EntityRecord r, NameStatistics statistics) {
    boolean person = r.type() == EntityType.PERSON;
    List<String> nameTokens = NameKeys.tokens(r.name());
    boolean initialOnly = person && NameKeys.startsWithInitial(nameTokens);
    Set<String> keys = new LinkedHashSet<>();
    List<Boolean> common = new ArrayList<>();
    List<Double> carriers = new ArrayList<>();
    List<String> all = new ArrayList<>(r.aliases().size() + 1);
    all.add(r.name());
    all.addAll(r.aliases());
    for (String name : all) {
      List<String> tokens = name == r.name() ? nameTokens : NameKeys.tokens(name);
      String key = person ? NameKeys.skeletonOf(tokens) : NameKeys.looseOf(tokens);
      if (!key.isEmpty() && keys.add(key)) {
        boolean isCommon =
            person && (NameKeys.startsWithInitial(tokens) || isCommon(tokens, statistics));
        common.add(isCommon);
        carriers.add(isCommon && statistics.distinctNames() >= MIN_NAMES
            ? Math.max(carriers(tokens, statistics), statistics.mentionedCarriers(key)) : 0.0);
      }
    }
    String initials = person ? NameKeys.initials(nameTokens) : "";
    String fullKey = person && !initialOnly && nameTokens.size() >= 2
        ? NameKeys.skeletonOf(nameTokens) : "";
    double initialsCarriers = initials.isEmpty() ? 0
        : carriers(List.of(nameTokens.get(nameTokens.size() - 1)), statistics);
    return new Names(List.copyOf(keys), List.copyOf(common), List.copyOf(carriers), initials,
        initialsCarriers, initialOnly, fullKey);
  }

  /** About how many people carry a common name of these words; 0 for a small corpus. */
  static double carriers(List<String> tokens, NameStatistics statistics) {
    if (statistics.distinctNames() < MIN_NAMES) {
      return 0;
    }
    double expected = statistics.expectedCarriers(
        tokens.stream().filter(t -> t.length() > 1).map(NameKeys::tokenSkeleton).toList());
    return Math.max(COMMON_CARRIERS, expected);
  }

  /**
   * Whether a person's name of these words is common: one word, only words from the lexicon of
   * common names, or (given {@value #MIN_NAMES} distinct names or more) expected to be carried by
   * {@value #COMMON_CARRIERS} people or more.
   */
  static boolean isCommon(List<String> tokens, NameStatistics statistics) {
    if (tokens.size() < 2) {
      return true;
    }
    if (tokens.stream().allMatch(NameKeys::isCommonToken)) {
      return true;
    }
    if (statistics.distinctNames() < MIN_NAMES) {
      return false; // too few names to estimate from: the lexicon decides
    }
    List<String> skeletons = tokens.stream().map(NameKeys::tokenSkeleton).toList();
    return statistics.expectedCarriers(skeletons) >= COMMON_CARRIERS;
  }
}
