package org.triangulate.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.EventType;

/**
 * Counts an event's dead and wounded from its sentence: "killed four people", "12 were wounded",
 * "killed him"; the victims of a killing's own word are its dead ("two men were executed", "an
 * elder was beheaded"). Arrests and plots count none. Stateless.
 */
final class Casualties {
  private Casualties() {}

  static void read(FoundEvent e, Tree tree) {
    if (e.type() == EventType.ARREST || e.type() == EventType.PLOT) {
      return;
    }
    Integer killed = null;
    Integer injured = null;
    for (Token t : tree.sentence().tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      boolean killingWord = (e.type() == EventType.KILLING || e.type() == EventType.ASSASSINATION)
          && e.triggers().contains(t.index());
      boolean kill = killingWord || Set.of("kill", "die").contains(lemma);
      boolean wound = Set.of("wound", "injure", "injured", "wounded", "hurt").contains(lemma);
      if (!kill && !wound) {
        continue;
      }
      Integer n = count(tree, t);
      if (kill && killed == null) {
        killed = n;
      } else if (wound && injured == null) {
        injured = n;
      }
    }
    e.casualties(killed, injured);
  }

  /** How many a casualty word counts: "killed four people", "12 were wounded", "killed him". */
  private static @Nullable Integer count(Tree tree, Token word) {
    List<Integer> heads = new ArrayList<>(tree.children(word.index(), "obj"));
    heads.addAll(tree.children(word.index(), "nsubj:pass"));
    heads.addAll(tree.children(word.index(), "nsubj"));
    tree.head(word.index()).filter(d -> d.base().equals("amod") || d.base().equals("acl"))
        .map(Dependency::governor).ifPresent(heads::add);
    for (int h : heads) {
      Token head = tree.token(h);
      Integer n = number(head);
      for (Dependency d : tree.children(h)) {
        if (n == null && d.base().equals("nummod")) {
          n = number(tree.token(d.dependent()));
        }
      }
      if (n == null && Set.of("him", "her").contains(head.text().toLowerCase(Locale.ROOT))) {
        n = 1;
      }
      if (n == null && head.pos().equals("NN") && tree.children(h).stream().anyMatch(d -> d.base().equals("det")
          && Set.of("a", "an", "the").contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT)))) {
        n = 1;
      }
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private static @Nullable Integer number(Token t) {
    if (!t.ner().equals("NUMBER") && !t.pos().equals("CD")) {
      return null;
    }
    // The tagger normalises "at least 12" to ">=12.0": the count is the number in it.
    Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?")
        .matcher((t.normalized() != null ? t.normalized() : t.text()).replace(",", ""));
    if (!m.find()) {
      return null;
    }
    try {
      double d = Double.parseDouble(m.group());
      return d >= 0 && d < 100_000 && d == Math.floor(d) ? (int) d : null;
    } catch (NumberFormatException ex) {
      return null;
    }
  }
}
