package org.triangulate.extract.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.Span;

/**
 * Navigation over one parsed sentence: heads, children, subtrees. Enhanced dependencies may hold
 * cycles and several heads per token; walks keep a visited set and take the first head.
 */
public final class Tree {
  private final Sentence sentence;

  public Tree(Sentence sentence) {
    this.sentence = sentence;
  }

  public Sentence sentence() {
    return sentence;
  }

  public Token token(int index) {
    return sentence.token(index);
  }

  /** The edges under token {@code index}. */
  public List<Dependency> children(int index) {
    return sentence.children(index).toList();
  }

  /**
   * The children of {@code index} by relation: a name with a colon matches exactly
   * ("nsubj:pass"); a bare name matches its subtypes ("obl" matches "obl:on") but not passives.
   */
  public List<Integer> children(int index, String relation) {
    return sentence.children(index)
        .filter(d -> relation.contains(":") ? d.relation().equals(relation)
            : d.base().equals(relation) && !d.relation().endsWith(":pass"))
        .map(Dependency::dependent).toList();
  }

  /**
   * Whether {@code noun} has a determiner among {@code words} (lower case): "the attack", "this
   * act", "no group".
   */
  public boolean hasDeterminer(int noun, Set<String> words) {
    return children(noun, "det").stream()
        .anyMatch(d -> words.contains(token(d).text().toLowerCase(Locale.ROOT)));
  }

  /** The token of {@code span} whose head lies outside it: the head of a multi-word name. */
  public Optional<Integer> headOf(Span span) {
    return sentence.tokens().stream().filter(t -> span.contains(t.span()))
        .filter(t -> head(t.index()).map(d -> d.governor() < 0
            || !span.contains(token(d.governor()).span())).orElse(true))
        .map(Token::index).findFirst();
  }

  /** The edge to the head of {@code index}. */
  public Optional<Dependency> head(int index) {
    return sentence.heads(index).filter(d -> !d.relation().equals("ref")).findFirst();
  }

  /** The heads of {@code index} up the tree, nearest first, at most {@code depth}. */
  public List<Dependency> ancestors(int index, int depth) {
    List<Dependency> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    int at = index;
    while (out.size() < depth && seen.add(at)) {
      Optional<Dependency> h = head(at);
      if (h.isEmpty() || h.get().governor() < 0) {
        break;
      }
      out.add(h.get());
      at = h.get().governor();
    }
    return out;
  }

  /** The tokens under {@code index}, itself included, not crossing clause boundaries or punctuation. */
  public List<Integer> subtree(int index) {
    return subtree(index, false);
  }

  /**
   * The tokens under {@code index}, itself included; with {@code clauses} it also descends into
   * clauses that modify a noun ("missiles targeting the base").
   */
  public List<Integer> subtree(int index, boolean clauses) {
    List<Integer> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(index));
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      out.add(t);
      for (Dependency d : sentence.children(t).toList()) {
        String b = d.base();
        if (!b.equals("punct") && (clauses || !b.equals("acl")) && !b.equals("parataxis") && !b.equals("ref")
            && !b.equals("ccomp") && !b.equals("advcl") && d.dependent() != index) {
          todo.push(d.dependent());
        }
      }
    }
    return out;
  }

  /** The span from the first to the last token of {@link #subtree}. */
  public Span span(int index) {
    List<Integer> tokens = subtree(index);
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (int t : tokens) {
      start = Math.min(start, token(t).span().start());
      end = Math.max(end, token(t).span().end());
    }
    return new Span(start, end);
  }

  /** True when {@code ancestor} governs {@code index} within {@code depth} steps. */
  public boolean dominates(int ancestor, int index, int depth) {
    return ancestors(index, depth).stream().anyMatch(d -> d.governor() == ancestor);
  }
}
