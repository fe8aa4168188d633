package org.triangulate.graph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.EntityType;

/**
 * The person rules of {@link EntityResolver}: each person, in document order, joins for each of
 * its name keys (name, aliases, initials) the earlier group of that key whose profile best
 * supports it, or starts a group. A group's profile is what its members' documents put beside
 * them, counted: affiliations, co-mentioned people, places and organisations, descriptions
 * ({@link Contexts}), and the period its members' documents were published in.
 *
 * <p>The score of a group for a person is a log-likelihood ratio in the manner of Fellegi–Sunter
 * (Fellegi and Sunter, "A Theory for Record Linkage", JASA 64, 1969): each context the person and
 * the group share adds {@code ln(p / share)}, p being the part of the group's members that have
 * it and share the part of all people that do (the chance a namesake has it too), and never less
 * than 0; a publication date within a year of the group's period adds {@code ln(corpus span /
 * period)}, and for a common name one more than three years away subtracts as much; the prior
 * of a common name's group is that of a Chinese restaurant process ({@link #prior}): its size
 * over the name's mentions so far plus the namesakes the name is expected to have. A common name
 * or an initial needs a score of {@link #COMMON_MARGIN} and a shared context; an uncommon name
 * joins its group by name alone. Several contexts together so outweigh a common name that none
 * of them would alone, a namesake of another place and period stays apart, and the group of a
 * person who holds most mentions of a name needs little more than one shared context.
 *
 * <p>Candidate groups are found through lists keyed by (name key, context key), each holding
 * distinct groups with their counts (compacted as groups merge), so the cost is the (name,
 * context) keys times the groups listed under them, the namesakes sharing a context, never all
 * pairs of a name. Only earlier documents decide where a person goes, so a new document can be
 * placed without moving older ones. Not thread-safe: one per resolution.
 */
final class ProfileClustering {
  /**
   * The score a common name's group needs: even odds, the evidence outweighing the name's
   * namesakes. (On the frozen synthetic corpus at 1M mentions, 1.1 gave person P/R .97/.73,
   * 0 .92/.79, and -1 collapsed namesakes into the groups of famous people: .60/.93.)
   */
  static final double COMMON_MARGIN = 0;
  /** Dates this close to a group's period count for it; this far from it, against it. */
  private static final int NEAR_DAYS = 365;
  private static final int FAR_DAYS = 3 * 365;
  /** The weight of a context never counted (the store's partial statistics). */
  private static final double UNCOUNTED = 6.0;
  private static final int UNDATED = Integer.MIN_VALUE;
  private static final int MIXED = -1;

  private final List<EntityRecord> rs;
  private final List<Names> names;
  private final Clusters clusters;
  private final NameStatistics statistics;
  private final KeyedLists lists;
  /** How many people placed so far had each name key or initials key. */
  private final Map<String, Integer> seen = new HashMap<>();
  private final int[] lo;
  private final int[] hi;
  /** Per group root: the hash of its members' one full name, 0 for none, {@link #MIXED}. */
  private final int[] full;
  private final double span;
  /** The publication day of the person being placed. */
  private int current = UNDATED;

  ProfileClustering(List<EntityRecord> rs, List<Names> names, Clusters clusters,
      NameStatistics statistics) {
    this.rs = rs;
    this.names = names;
    this.clusters = clusters;
    this.statistics = statistics;
    this.lists = new KeyedLists(rs.size() * 4);
    this.lo = new int[rs.size()];
    this.hi = new int[rs.size()];
    Arrays.fill(lo, UNDATED);
    Arrays.fill(hi, UNDATED);
    this.full = new int[rs.size()];
    for (int i = 0; i < rs.size(); i++) {
      int root = clusters.find(i);
      full[root] = combine(full[root], fullName(names.get(i)));
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int i = 0; i < rs.size(); i++) {
      int d = day(rs.get(i).published());
      if (d != UNDATED) {
        first = Math.min(first, d);
        last = Math.max(last, d);
        widen(clusters.find(i), d, d); // groups already joined by identifiers or the analyst
      }
    }
    this.span = first > last ? 0 : last - first + 1;
  }

  void run() {
    for (int i = 0; i < rs.size(); i++) {
      if (rs.get(i).type() == EntityType.PERSON) {
        current = day(rs.get(i).published());
        place(i);
      }
    }
  }

  /**
   * Joins person {@code i} to the best group each of its name keys (and its initials) finds,
   * then lists it: a name and an alias may each bring a group, namesakes of one key compete.
   */
  private void place(int i) {
    EntityRecord r = rs.get(i);
    Names n = names.get(i);
    List<String> contexts = r.context().stream().filter(ProfileClustering::weighs).toList();
    for (int k = 0; k < n.keys().size(); k++) {
      boolean common = n.common().get(k);
      String rule = common ? "CONTEXT" : k == 0 ? "NAME" : "ALIAS";
      double carriers = common ? n.carriers().get(k) : 0;
      joinBest(i, route(new Route(rule, n.keys().get(k), "C|" + n.keys().get(k) + "|", carriers,
          common ? null : "N|" + n.keys().get(k)), contexts));
    }
    if (!n.initials().isEmpty()) {
      // an initial ("M. Khan") looks among all of its initials; a full name among the initials
      String lists = (n.initialOnly() ? "I|" : "J|") + n.initials() + "|";
      joinBest(i, route(new Route("INITIALS", n.initials(), lists, n.initialsCarriers(), null),
          contexts));
    }
    list(i, n, contexts);
  }

  /** Joins {@code i} to the first candidate it may join, best first. */
  private void joinBest(int i, List<Candidate> candidates) {
    candidates.sort((x, y) -> Double.compare(y.surplus(), x.surplus()));
    for (Candidate x : candidates) {
      if (x.surplus() < 0 || clusters.find(x.root) == clusters.find(i)) {
        return;
      }
      // initials join groups of one full name at most: "M. Khan" must not bridge Mohammad Khan
      // and Mahmood Khan
      boolean bridges = x.route.rule().equals("INITIALS")
          && combine(full[clusters.find(i)], full[x.root]) == MIXED;
      if (!bridges && join(i, x)) {
        return;
      }
    }
  }

  /**
   * One way a person finds groups: a name key (or the initials key) with the lists it scans,
   * the namesakes it is expected to have, and for an uncommon name the list of its groups.
   */
  private record Route(String rule, String key, String prefix, double carriers,
      @org.jspecify.annotations.Nullable String byName) {}

  /** The groups {@code route} finds, scored. */
  private List<Candidate> route(Route route, List<String> contexts) {
    boolean common = route.byName() == null;
    double carriers = Math.max(Names.COMMON_CARRIERS, route.carriers());
    double seen = this.seen.getOrDefault(route.key(), 0);
    Map<Integer, Candidate> found = new HashMap<>();
    if (route.byName() != null) {
      lists.scan(LongIntMap.hash(route.byName()), clusters,
          (root, count) -> found.putIfAbsent(root, new Candidate(root, route, 0)));
    }
    for (String c : contexts) {
      // too few names to estimate from: any shared context is evidence enough, as before
      double share = statistics.distinctNames() < Names.MIN_NAMES ? 0 : statistics.contextShare(c);
      lists.scan(LongIntMap.hash(route.prefix() + c), clusters, (root, count) -> {
        Candidate x = found.computeIfAbsent(root, ro -> new Candidate(ro, route,
            common ? prior(clusters.size(ro), seen, carriers) : 0));
        x.score += weight(share, count, clusters.size(root));
        x.shared.add(c);
      });
    }
    List<Candidate> out = new ArrayList<>(found.values());
    out.forEach(x -> x.score += time(x.root, route.byName() == null));
    return out;
  }

  /**
   * The log prior of a group of {@code size} for a name carried by about {@code carriers} people
   * and {@code seen} times so far: as in a Chinese restaurant process, size / (seen + carriers),
   * so a name's first mentions start at one in its carriers while the group of a person who
   * holds most of the name's mentions needs little more than a shared context.
   */
  static double prior(int size, double seen, double carriers) {
    return Math.log(Math.min(1, size / (seen + carriers)));
  }

  /** Lists person {@code i}'s group under its name keys, initials and contexts. */
  private void list(int i, Names n, List<String> contexts) {
    int root = clusters.find(i);
    n.keys().forEach(k -> seen.merge(k, 1, Integer::sum));
    if (!n.initials().isEmpty()) {
      seen.merge(n.initials(), 1, Integer::sum);
    }
    for (int k = 0; k < n.keys().size(); k++) {
      String key = n.keys().get(k);
      if (!n.common().get(k)) {
        lists.add(LongIntMap.hash("N|" + key), root, clusters);
      }
      for (String c : contexts) {
        lists.add(LongIntMap.hash("C|" + key + "|" + c), root, clusters);
      }
    }
    if (!n.initials().isEmpty()) {
      for (String c : contexts) {
        lists.add(LongIntMap.hash("I|" + n.initials() + "|" + c), root, clusters);
        if (n.initialOnly()) {
          lists.add(LongIntMap.hash("J|" + n.initials() + "|" + c), root, clusters);
        }
      }
    }
  }

  private boolean join(int i, Candidate x) {
    int before = clusters.find(i);
    EntityRecord r = rs.get(i);
    EntityRecord other = rs.get(x.root);
    boolean joined = clusters.union(x.root, i, x.route.rule(), () -> (x.route.byName() == null
            ? "same name " : "same uncommon name ") + EntityResolver.quote(other) + " and "
            + EntityResolver.quote(r) + " (key " + x.route.key() + ")"
            + (x.shared.isEmpty() ? "" : ", both with " + String.join(", ", x.shared))
            + String.format(java.util.Locale.ROOT, "; score %.1f", x.score), false);
    if (joined) {
      int root = clusters.find(i);
      full[root] = combine(full[before], full[x.root]);
      widen(root, lo[before], hi[before]);
      widen(root, lo[x.root], hi[x.root]);
    }
    return joined;
  }

  /** Evidence from the dates: for a date near the group's period, against one far from it. */
  private double time(int root, boolean against) {
    int d = current;
    if (d == UNDATED || lo[root] == UNDATED || span == 0) {
      return 0;
    }
    int gap = d < lo[root] ? lo[root] - d : d > hi[root] ? d - hi[root] : 0;
    double w = Math.max(0, Math.log(span / (hi[root] - lo[root] + 2.0 * NEAR_DAYS)));
    return gap <= NEAR_DAYS ? w : gap > FAR_DAYS && against ? -Math.max(w, 1.0) : 0;
  }

  /**
   * The evidence a shared context gives: the log of how much likelier a member of the group has
   * it ({@code count} of {@code size} members, smoothed) than a namesake (its {@code share} among
   * people), at most {@link #UNCOUNTED}; never below 0, as sharing a context must not count
   * for less than not sharing it.
   */
  static double weight(double share, int count, int size) {
    double inGroup = Math.min(1, (count + 0.5) / (size + 1.0));
    return share <= 0 ? UNCOUNTED : Math.max(0, Math.min(UNCOUNTED, Math.log(inGroup / share)));
  }

  /** Whether a context key is profile evidence for a person: all but facilities. */
  static boolean weighs(String context) {
    return Contexts.links(context) || context.startsWith("loc:");
  }

  /** A full name's key as a nonzero hash; 0 for an initial ("M. Khan") or one word. */
  private static int fullName(Names n) {
    int h = n.fullKey().hashCode();
    return n.fullKey().isEmpty() ? 0 : h == 0 || h == MIXED ? 1 : h;
  }

  private static int combine(int a, int b) {
    return a == 0 ? b : b == 0 || a == b ? a : MIXED;
  }

  private void widen(int root, int from, int to) {
    if (from == UNDATED) {
      return;
    }
    lo[root] = lo[root] == UNDATED ? from : Math.min(lo[root], from);
    hi[root] = hi[root] == UNDATED ? to : Math.max(hi[root], to);
  }

  private static int day(@org.jspecify.annotations.Nullable LocalDate d) {
    return d == null ? UNDATED : (int) d.toEpochDay();
  }

  /** A group that may take the person: its root, the name key that found it, and its score. */
  private static final class Candidate {
    final int root;
    final Route route;
    double score;
    final Set<String> shared = new java.util.LinkedHashSet<>();

    /**
     * How far the score passes what the route needs: {@link #COMMON_MARGIN} and a shared context
     * for a common name or initials, 0 for an uncommon name; negative when it fails.
     */
    double surplus() {
      if (route.byName() != null) {
        return score;
      }
      return shared.isEmpty() ? Double.NEGATIVE_INFINITY : score - COMMON_MARGIN;
    }

    Candidate(int root, Route route, double score) {
      this.root = root;
      this.route = route;
      this.score = score;
    }
  }

  /** What a list entry gives its visitor: a group's root and how many of its members it has. */
  interface EntryVisitor {
    void visit(int root, int count);
  }

  /**
   * Lists of (group root, members counted) by 64-bit key, kept distinct: a scan replaces each
   * entry's root by its group's current root and adds up repeats. Not thread-safe.
   */
  static final class KeyedLists {
    private final LongIntMap index;
    private final List<int[]> lists = new ArrayList<>();
    private int[] sizes = new int[1024];

    KeyedLists(int expected) {
      index = new LongIntMap(expected);
    }

    /** Visits the distinct current groups listed under {@code key}, with their counts. */
    void scan(long key, Clusters clusters, EntryVisitor visitor) {
      int l = index.get(key);
      if (l < 0) {
        return;
      }
      int[] list = lists.get(l);
      Map<Integer, Integer> at = new HashMap<>();
      int n = 0;
      for (int j = 0; j < sizes[l]; j += 2) {
        int root = clusters.find(list[j]);
        Integer had = at.putIfAbsent(root, n);
        if (had == null) {
          list[n] = root;
          list[n + 1] = list[j + 1];
          n += 2;
        } else {
          list[had + 1] += list[j + 1];
        }
      }
      sizes[l] = n;
      for (int j = 0; j < n; j += 2) {
        visitor.visit(list[j], list[j + 1]);
      }
    }

    /** Counts one more member of {@code root}'s group under {@code key}. */
    void add(long key, int root, Clusters clusters) {
      int l = index.get(key);
      if (l < 0) {
        l = lists.size();
        index.putIfAbsent(key, l);
        lists.add(new int[2]);
        if (l == sizes.length) {
          sizes = Arrays.copyOf(sizes, l * 2);
        }
      }
      int[] list = lists.get(l);
      int n = sizes[l];
      if (n > 0 && clusters.find(list[n - 2]) == root) {
        list[n - 2] = root;
        list[n - 1]++;
        return;
      }
      if (n == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        lists.set(l, list);
      }
      list[n] = root;
      list[n + 1] = 1;
      sizes[l] = n + 2;
    }
  }
}
