package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.EntityType;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Span;

/**
 * The name candidates of one document and a union-find over them: each merge rule (stated alias,
 * same name, short name, acronym, further occurrence) joins candidates into one entity.
 * Not thread-safe; one per document. The lookups are linear in the candidates, so a document
 * costs O(n²) in its names: hundreds for a news article.
 */
final class Grouping {
  private static final String DASHES = "-–—‐";

  private final List<Candidate> candidates;
  private final List<Integer> parent = new ArrayList<>();
  private final Map<Integer, AliasLink> aliasLinks = new HashMap<>();

  Grouping(List<Candidate> found) {
    this.candidates = new ArrayList<>(found);
    for (int i = 0; i < candidates.size(); i++) {
      parent.add(i);
    }
  }

  List<Candidate> candidates() {
    return candidates;
  }

  int root(int i) {
    int r = i;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    parent.set(i, r);
    return r;
  }

  void union(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra != rb) {
      parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }
  }

  int add(Candidate c) {
    candidates.add(c);
    parent.add(candidates.size() - 1);
    return candidates.size() - 1;
  }

  Optional<AliasLink> aliasEvidence(int i) {
    return Optional.ofNullable(aliasLinks.get(i));
  }

  Optional<Integer> at(Span span, boolean sameEnd) {
    for (int i = 0; i < candidates.size(); i++) {
      Span s = candidates.get(i).span();
      if (s.overlaps(span) && (!sameEnd || s.end() == span.end())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
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
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.kb() != null || Names.words(c.text()).size() != 1 || !joinedToGroup(c.span(), text)) {
        continue;
      }
      String word = Names.key(c.text());
      List<Candidate> groups = candidates.stream()
          .filter(o -> o.kb() != null && o.type() == EntityType.ORGANIZATION)
          .filter(o -> Names.words(o.text()).size() > 1 && Names.words(o.text()).getFirst().equals(word))
          .toList();
      if (!groups.isEmpty() && groups.stream().map(Candidate::kb).distinct().count() == 1) {
        Candidate g = groups.getFirst();
        candidates.set(i, new Candidate(c.span(), c.text(), g.type(), g.kb(), MentionKind.SHORT_NAME));
      }
    }
  }

  private boolean joinedToGroup(Span span, String text) {
    boolean dashBefore = span.start() > 0 && DASHES.indexOf(text.charAt(span.start() - 1)) >= 0;
    boolean dashAfter = span.end() < text.length() && DASHES.indexOf(text.charAt(span.end())) >= 0;
    return candidates.stream().anyMatch(o -> o.type() == EntityType.ORGANIZATION
        && (dashBefore && o.span().end() == span.start() - 1
            || dashAfter && o.span().start() == span.end() + 1));
  }

  /** A lone first or last name, or a spelling one edit away, joins the one person it fits. */
  void foldShortNames(int bodyStart) {
    // Longest names first, so that spelling variants of a full name are one person before a
    // lone surname is matched against them.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -Names.words(candidates.get(i).text()).size()));
    for (int i : order) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      List<String> words = Names.words(c.text());
      Set<Integer> longer = new LinkedHashSet<>();
      Set<Integer> sameLength = new LinkedHashSet<>();
      for (int j = 0; j < candidates.size(); j++) {
        Candidate o = candidates.get(j);
        List<String> full = Names.words(o.text());
        if (o.type() == EntityType.PERSON && root(j) != root(i) && Names.fitsName(words, full)) {
          (words.size() < full.size() ? longer : sameLength).add(root(j));
        }
      }
      // A short name refers back: in the body it joins a full name told before it ("Qari Hussain"
      // claiming an attack is not the minister Mian Iftikhar Hussain quoted later); a title may
      // name someone the body introduces.
      int at = c.span().start();
      if (at >= bodyStart) {
        longer.removeIf(r -> java.util.stream.IntStream.range(0, candidates.size())
            .noneMatch(k -> root(k) == r && candidates.get(k).span().start() < at));
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


  /** "NDS" joins "National Directorate of Security" when it spells its initials. */
  void linkAcronyms() {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String initials = Names.initials(c.text());
      if (c.type() != EntityType.ORGANIZATION || initials.length() < 2 || c.text().equals(initials)) {
        continue;
      }
      for (int j = 0; j < candidates.size(); j++) {
        Candidate o = candidates.get(j);
        if (o.text().equals(initials) && o.type() != EntityType.PERSON
            && (o.kb() == null || o.kb().equals(c.kb()))) {
          union(i, j);
        }
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
