package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Span;

/**
 * The name candidates of one document and a union-find over them: each merge rule (stated alias,
 * same name, short name, acronym, further occurrence) joins candidates into one entity.
 *
 * <p>Cost: the steps are meant to be called in {@link EntityRules}' order. Each finds the
 * candidates it compares through an index (by span, by start and end, by name, by word), never by
 * scanning all candidates for each one, so for n candidates a document costs O(n log n) in its
 * names plus, in {@link #propagate}, one scan of the text per distinct name. A book-length
 * document repeats its names thousands of times; {@link #comparisons()} counts the candidate
 * comparisons so that a test can hold this without a clock.
 *
 * <p>Not thread-safe; one per document.
 */
final class Grouping {
  private static final String DASHES = "-–—‐";

  private final List<Candidate> candidates;
  private final List<Integer> parent = new ArrayList<>();
  /** At each root: the least start offset among the candidates of its group. */
  private final List<Integer> firstStart = new ArrayList<>();
  private final SpanIndex spans = new SpanIndex();
  private final Map<Integer, AliasLink> aliasLinks = new HashMap<>();
  private long comparisons;

  Grouping(List<Candidate> found) {
    this.candidates = new ArrayList<>();
    found.forEach(this::add);
  }

  List<Candidate> candidates() {
    return candidates;
  }

  /** The lowest-numbered candidate of i's group (a union always keeps the lower root). */
  int root(int i) {
    int r = i;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    // Full path compression: with only i re-pointed, a long chain of unions could make root() linear.
    for (int k = i; parent.get(k) != r; ) {
      int next = parent.get(k);
      parent.set(k, r);
      k = next;
    }
    return r;
  }

  void union(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra != rb) {
      int low = Math.min(ra, rb);
      parent.set(Math.max(ra, rb), low);
      firstStart.set(low, Math.min(firstStart.get(ra), firstStart.get(rb)));
    }
  }

  int add(Candidate c) {
    int i = spans.add(c.span());
    candidates.add(c);
    parent.add(i);
    firstStart.add(c.span().start());
    return i;
  }

  /** How many times the steps so far have compared one candidate with another. */
  long comparisons() {
    return comparisons + spans.probes();
  }

  Optional<AliasLink> aliasEvidence(int i) {
    return Optional.ofNullable(aliasLinks.get(i));
  }

  /** The first candidate overlapping {@code span} (and ending with it when {@code sameEnd}). */
  Optional<Integer> at(Span span, boolean sameEnd) {
    int i = spans.first(span, sameEnd);
    return i < 0 ? Optional.empty() : Optional.of(i);
  }

  void addAlias(AliasLink link, String text, WordList honorifics) {
    Span primarySpan = stripHonorifics(link.primary(), text, honorifics);
    if (primarySpan.length() == 0) {
      return;
    }
    Span named = spelledBy(primarySpan, link.alias().of(text), text);
    int p = at(named, true).filter(i -> candidates.get(i).span().start() <= named.start())
        .orElseGet(() -> add(new Candidate(named, named.of(text), link.type(), null, MentionKind.NAME)));
    Candidate primary = candidates.get(p);
    boolean spelled = !named.equals(primarySpan) || Names.initials(named.of(text))
        .equalsIgnoreCase(link.alias().of(text).replace("-", ""));
    if (link.rule().equals("parenthesis") && !spelled && primary.type() != EntityType.ORGANIZATION) {
      return; // "JALALABAD, Afghanistan (FWS)": a place is not called by letters it does not spell
    }
    Span aliasSpan = stripHonorifics(link.alias(), text, honorifics);
    if (aliasSpan.length() == 0 || aliasSpan.overlaps(primary.span())) {
      return;
    }
    Optional<Integer> existing = at(aliasSpan, false);
    if (existing.isPresent()) {
      Candidate other = candidates.get(existing.get());
      if (other.kb() != null && primary.kb() != null && !other.kb().equals(primary.kb())) {
        return;
      }
    }
    int a = existing.orElseGet(() -> add(new Candidate(aliasSpan, aliasSpan.of(text),
        primary.type(), null, MentionKind.ALIAS)));
    candidates.set(a, candidates.get(a).withKind(MentionKind.ALIAS));
    aliasLinks.put(a, link);
    union(p, a);
  }

  /**
   * The part of a name an acronym stands for: the longest run of its last words whose initials
   * spell the acronym ("Tehreek-e-Jafaria Pakistan (TJP)", not "Pakistan"), else the name.
   */
  private static Span spelledBy(Span name, String acronym, String text) {
    String s = name.of(text);
    for (int i = 0; i < s.length(); i++) {
      boolean wordStart = i == 0 || s.charAt(i - 1) == ' ';
      if (wordStart && Names.initials(s.substring(i)).equalsIgnoreCase(acronym.replace("-", ""))) {
        return new Span(name.start() + i, name.end());
      }
    }
    return name;
  }

  private static Span stripHonorifics(Span span, String text, WordList honorifics) {
    int start = span.start();
    String s = span.of(text);
    int space;
    while ((space = s.indexOf(' ')) > 0 && honorifics.contains(s.substring(0, space))) {
      start += space + 1;
      s = s.substring(space + 1);
    }
    return new Span(start, span.end());
  }

  void groupByName() {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String key = c.kb() != null ? "kb:" + c.kb() : c.type() + ":" + Names.key(c.text());
      Integer j = first.putIfAbsent(key, i);
      if (j != null) {
        union(j, i);
      }
    }
  }

  /**
   * A single word joined by a dash to a group's name is a group too, not a person: in
   * "ISIS–Haqqani cell" the word is the Haqqani Network when that is the one group of the
   * document whose name begins with it.
   */
  void resolveCompoundModifiers(String text) {
    // The groups by the first word of their name; the candidates this step retypes are single
    // words, so these stay as they are while it runs.
    Map<String, Candidate> firstGroup = new HashMap<>();
    Map<String, Set<String>> groupIds = new HashMap<>();
    Map<Integer, List<Integer>> byStart = new HashMap<>();
    Map<Integer, List<Integer>> byEnd = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate o = candidates.get(i);
      byStart.computeIfAbsent(o.span().start(), k -> new ArrayList<>(1)).add(i);
      byEnd.computeIfAbsent(o.span().end(), k -> new ArrayList<>(1)).add(i);
      List<String> words = Names.words(o.text());
      if (o.kb() != null && o.type() == EntityType.ORGANIZATION && words.size() > 1) {
        firstGroup.putIfAbsent(words.getFirst(), o);
        groupIds.computeIfAbsent(words.getFirst(), k -> new HashSet<>()).add(o.kb());
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.kb() != null || Names.words(c.text()).size() != 1 || !joinedToGroup(c.span(), text, byStart, byEnd)) {
        continue;
      }
      String word = Names.key(c.text());
      Candidate g = firstGroup.get(word);
      if (g != null && groupIds.get(word).size() == 1) {
        candidates.set(i, new Candidate(c.span(), c.text(), g.type(), g.kb(), MentionKind.SHORT_NAME));
      }
    }
  }

  /** Whether an organisation's name touches {@code span} across a dash; types are read as they are now. */
  private boolean joinedToGroup(Span span, String text, Map<Integer, List<Integer>> byStart,
      Map<Integer, List<Integer>> byEnd) {
    boolean dashBefore = span.start() > 0 && DASHES.indexOf(text.charAt(span.start() - 1)) >= 0;
    boolean dashAfter = span.end() < text.length() && DASHES.indexOf(text.charAt(span.end())) >= 0;
    return dashBefore && anyOrganisation(byEnd.get(span.start() - 1))
        || dashAfter && anyOrganisation(byStart.get(span.end() + 1));
  }

  private boolean anyOrganisation(@Nullable List<Integer> ids) {
    if (ids == null) {
      return false;
    }
    comparisons += ids.size();
    return ids.stream().anyMatch(o -> candidates.get(o).type() == EntityType.ORGANIZATION);
  }

  /** A lone first or last name, or a spelling one edit away, joins the one person it fits. */
  void foldShortNames(int bodyStart) {
    List<List<String>> words = new ArrayList<>(candidates.size());
    candidates.forEach(c -> words.add(Names.words(c.text())));
    PersonNames names = new PersonNames();
    for (int j = 0; j < candidates.size(); j++) {
      if (candidates.get(j).type() == EntityType.PERSON) {
        names.add(words.get(j), j);
      }
    }
    // Longest names first, so that spelling variants of a full name are one person before a
    // lone surname is matched against them.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -words.get(i).size()));
    for (int i : order) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      List<String> name = words.get(i);
      Set<Integer> longer = new LinkedHashSet<>();
      Set<Integer> sameLength = new LinkedHashSet<>();
      for (List<String> full : names.fitting(name)) {
        for (int j : names.members(full)) {
          comparisons++;
          if (root(j) != root(i)) {
            (name.size() < full.size() ? longer : sameLength).add(root(j));
          }
        }
      }
      // A short name refers back: in the body it joins a full name told before it ("Qari Hussain"
      // claiming an attack is not the minister Mian Iftikhar Hussain quoted later); a title may
      // name someone the body introduces.
      int at = c.span().start();
      if (at >= bodyStart) {
        longer.removeIf(r -> firstStart.get(r) >= at);
      }
      // A full name it is part of comes before a spelling variant of the same length.
      Set<Integer> fits = longer.isEmpty() ? sameLength : longer;
      if (fits.size() == 1) {
        if (!longer.isEmpty() && c.kind() == MentionKind.NAME) {
          candidates.set(i, c.withKind(MentionKind.SHORT_NAME));
        }
        union(fits.iterator().next(), i);
      }
    }
  }

  /**
   * The distinct names of the persons, each with one candidate per group it had when
   * {@link #foldShortNames} began (groups only merge, so one stands for all), and an index from
   * each word, and each word with one letter dropped, to the names holding it: two words one edit
   * apart share such a key, so the names a short name may fit are found without a scan.
   */
  private final class PersonNames {
    private final Map<List<String>, Map<Integer, Integer>> members = new HashMap<>();
    private final Map<String, Set<List<String>>> byKey = new HashMap<>();
    private final Map<List<String>, List<List<String>>> fitting = new HashMap<>();

    void add(List<String> name, int candidate) {
      Map<Integer, Integer> byRoot = members.computeIfAbsent(name, n -> {
        n.forEach(w -> keys(w).forEach(k -> byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(n)));
        return new HashMap<>();
      });
      byRoot.putIfAbsent(root(candidate), candidate);
    }

    Iterable<Integer> members(List<String> name) {
      return members.get(name).values();
    }

    /** The names {@code part} fits ({@link Names#fitsName}), computed once per distinct name. */
    List<List<String>> fitting(List<String> part) {
      return fitting.computeIfAbsent(part, p -> {
        if (p.isEmpty()) {
          return List.of();
        }
        Set<List<String>> near = new LinkedHashSet<>();
        keys(p.getFirst()).forEach(k -> near.addAll(byKey.getOrDefault(k, Set.of())));
        comparisons += near.size();
        return near.stream().filter(full -> Names.fitsName(p, full)).toList();
      });
    }

    /** The word itself and, for the words {@link Names#sameWord} compares by edits, its deletions. */
    private static List<String> keys(String word) {
      List<String> keys = new ArrayList<>();
      keys.add("=" + word);
      if (word.length() >= 5) {
        keys.add("~" + word);
        for (int i = 0; i < word.length(); i++) {
          keys.add("~" + word.substring(0, i) + word.substring(i + 1));
        }
      }
      return keys;
    }
  }

  /** "NDS" joins "National Directorate of Security" when it spells its initials. */
  void linkAcronyms() {
    Map<String, List<Integer>> byText = new HashMap<>();
    for (int j = 0; j < candidates.size(); j++) {
      byText.computeIfAbsent(candidates.get(j).text(), t -> new ArrayList<>()).add(j);
    }
    // The candidates an acronym may join, by acronym and knowledge-base id; joining one of them
    // joins all, as joining each in turn would.
    Map<String, List<Integer>> joinable = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String initials = Names.initials(c.text());
      if (c.type() != EntityType.ORGANIZATION || initials.length() < 2 || c.text().equals(initials)) {
        continue;
      }
      List<Integer> js = joinable.computeIfAbsent(initials + (c.kb() == null ? "" : " kb:" + c.kb()), k -> {
        List<Integer> found = new ArrayList<>();
        for (int j : byText.getOrDefault(initials, List.of())) {
          comparisons++;
          Candidate o = candidates.get(j);
          if (o.type() != EntityType.PERSON && (o.kb() == null || o.kb().equals(c.kb()))) {
            found.add(j);
          }
        }
        for (int k2 = 1; k2 < found.size(); k2++) {
          union(found.get(k2 - 1), found.get(k2));
        }
        return found;
      });
      if (!js.isEmpty()) {
        comparisons++;
        union(i, js.getFirst());
      }
    }
  }

  /** Every further occurrence of a name or alias that names one entity only becomes a mention. */
  void propagate(String text) {
    Map<String, Integer> owner = new HashMap<>();
    Map<String, Candidate> model = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String s = c.text();
      if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
        continue;
      }
      Integer prev = owner.putIfAbsent(s, root(i));
      model.putIfAbsent(s, c);
      if (prev != null && prev != root(i)) {
        owner.put(s, -1);
      }
    }
    owner.forEach((s, root) -> {
      if (root >= 0) {
        occurrences(text, s).stream()
            .filter(span -> at(span, false).isEmpty())
            .forEach(span -> union(root, add(copyAt(model.get(s), span))));
      }
    });
  }

  private static Candidate copyAt(Candidate c, Span span) {
    return new Candidate(span, c.text(), c.type(), c.kb(), c.kind());
  }

  private static List<Span> occurrences(String text, String s) {
    List<Span> spans = new ArrayList<>();
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      int end = i + s.length();
      boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (left && right) {
        spans.add(new Span(i, end));
      }
    }
    return spans;
  }
}
