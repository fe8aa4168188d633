package org.triangulate.extract.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.kb.Tokens.Token;
import org.triangulate.model.Span;

/**
 * Every surface form of a set of groups, in two token tries: one keyed by folded tokens for
 * synonyms and former names, one keyed by tokens as written for acronyms. The root of each trie
 * is the map from a first token to its candidate names, so scanning a text costs O(tokens ×
 * length of the longest name starting there), independent of the number of groups. Immutable
 * once built, and thread-safe.
 */
final class NameIndex {
  private final Node folded = new Node();
  private final Node exact = new Node();

  /**
   * One surface form of a group, as the token keys it is matched on.
   *
   * @param keys folded tokens, or tokens as written when {@code exact}
   * @param exact whether the form is matched case-sensitively
   * @param group the group it names
   * @param former whether it is a former name
   */
  record Form(List<String> keys, boolean exact, Group group, boolean former) {
    Form {
      keys = List.copyOf(keys);
    }

    /** Two forms with the same identity cannot be told apart in a text. */
    String identity() {
      return (exact ? "exact:" : "folded:") + String.join(" ", keys);
    }
  }

  private record Hit(int first, int end, Form form) {}

  /** A trie node; mutated only while the index is built. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    @Nullable Form form;
  }

  private NameIndex() {}

  /**
   * Indexes the groups' forms; when two groups share a form, the later group in the list wins,
   * so callers pass the groups in ascending priority.
   */
  static NameIndex of(List<Group> groups) {
    Map<String, Form> byIdentity = new LinkedHashMap<>();
    for (Group group : groups) {
      for (Form form : forms(group)) {
        byIdentity.put(form.identity(), form);
      }
    }
    NameIndex index = new NameIndex();
    byIdentity.values().forEach(index::add);
    return index;
  }

  /** The forms a group is matched by: synonyms, acronyms and former names. */
  static List<Form> forms(Group group) {
    List<Form> forms = new ArrayList<>();
    group.synonyms().forEach(s -> form(s, false, group, false).ifPresent(forms::add));
    group.acronyms().forEach(s -> form(s, true, group, false).ifPresent(forms::add));
    group.formerNames().forEach(f -> form(f.name(), false, group, true).ifPresent(forms::add));
    return forms;
  }

  private static Optional<Form> form(String surface, boolean exact, Group group, boolean former) {
    List<String> keys =
        Tokens.of(surface).stream().map(t -> exact ? t.text() : t.folded()).toList();
    return keys.isEmpty() ? Optional.empty() : Optional.of(new Form(keys, exact, group, former));
  }

  private void add(Form form) {
    Node node = form.exact() ? exact : folded;
    for (String key : form.keys()) {
      node = node.next.computeIfAbsent(key, k -> new Node());
    }
    node.form = form;
  }

  /** The form that is exactly {@code surface} (acronyms first), ignoring a leading "the". */
  Optional<Form> whole(String surface) {
    List<Token> tokens = Tokens.of(surface);
    Optional<Form> form = whole(tokens);
    if (form.isEmpty() && tokens.size() > 1 && tokens.get(0).folded().equals("the")) {
      form = whole(tokens.subList(1, tokens.size()));
    }
    return form;
  }

  private Optional<Form> whole(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    Hit hit = walk(exact, tokens, 0, true);
    if (hit == null || hit.end() != tokens.size()) {
      hit = walk(folded, tokens, 0, false);
    }
    return hit != null && hit.end() == tokens.size() ? Optional.of(hit.form()) : Optional.empty();
  }

  /**
   * Every indexed name in {@code text}: at each token the longest name starting there, then the
   * longest of all those first, dropping any that overlap one already taken; returned in text
   * order.
   */
  List<KbMatch> scan(String text) {
    List<Token> tokens = Tokens.of(text);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Hit hit = longestAt(tokens, i);
      if (hit != null) {
        hits.add(hit);
      }
    }
    return select(hits, tokens).stream()
        .map(h -> match(text, tokens, h))
        .toList();
  }

  private static List<Hit> select(List<Hit> hits, List<Token> tokens) {
    Comparator<Hit> longestFirst =
        Comparator.<Hit>comparingInt(h -> chars(tokens, h)).reversed()
            .thenComparingInt(Hit::first);
    List<Hit> byLength = new ArrayList<>(hits);
    byLength.sort(longestFirst);
    boolean[] taken = new boolean[tokens.size()];
    List<Hit> chosen = new ArrayList<>();
    for (Hit hit : byLength) {
      if (isFree(taken, hit)) {
        Arrays.fill(taken, hit.first(), hit.end(), true);
        chosen.add(hit);
      }
    }
    chosen.sort(Comparator.comparingInt(Hit::first));
    return chosen;
  }

  private static boolean isFree(boolean[] taken, Hit hit) {
    for (int i = hit.first(); i < hit.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static int chars(List<Token> tokens, Hit hit) {
    return tokens.get(hit.end() - 1).end() - tokens.get(hit.first()).start();
  }

  private static KbMatch match(String text, List<Token> tokens, Hit hit) {
    Span span = new Span(tokens.get(hit.first()).start(), tokens.get(hit.end() - 1).end());
    return new KbMatch(span, span.of(text), hit.form().group(), hit.form().former());
  }

  private @Nullable Hit longestAt(List<Token> tokens, int i) {
    Hit byCase = walk(exact, tokens, i, true);
    Hit byFold = walk(folded, tokens, i, false);
    if (byCase == null) {
      return byFold;
    }
    return byFold != null && byFold.end() > byCase.end() ? byFold : byCase;
  }

  private static @Nullable Hit walk(Node root, List<Token> tokens, int first, boolean exact) {
    Node node = root;
    Hit best = null;
    for (int j = first; j < tokens.size() && node != null; j++) {
      Token token = tokens.get(j);
      node = node.next.get(exact ? token.text() : token.folded());
      if (node != null && node.form != null && !(exact && isShoutedShort(tokens, first, j))) {
        best = new Hit(first, j + 1, node.form);
      }
    }
    return best;
  }

  /**
   * A one-token acronym of at most two letters inside all-caps text ("THIS IS WAR") is a
   * word, not an acronym.
   */
  private static boolean isShoutedShort(List<Token> tokens, int first, int last) {
    if (first != last || tokens.get(first).text().length() > 2) {
      return false;
    }
    return (first > 0 && Tokens.isShouted(tokens.get(first - 1)))
        || (first + 1 < tokens.size() && Tokens.isShouted(tokens.get(first + 1)));
  }
}
