package org.triangulate.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;

/**
 * Fire that one side directs at another, the way military releases tell the attack that starts a
 * clash: "coalition forces received machine gun fire from insurgents", "came under fire from",
 * "several armed insurgents engaged the force", "the patrol was engaged with small-arms fire by
 * several insurgents", "insurgents fired on the security force". Each is a shooting (an armed
 * assault) whose perpetrator is who fired; "the force engaged with a precision airstrike" is
 * the strike's (its means gives the kind). "Engaged in talks", "engaged with the governor",
 * "fired the governor" and "fire destroyed the market" are none: the verb needs someone it is
 * aimed at or an act it is done with, the noun a verb that receives it.
 *
 * <p>Stateless; each check looks at one token's head and children.
 */
final class HostileFire {
  private static final Set<String> RECEIVING = Set.of("receive", "take", "draw", "come");

  private HostileFire() {}

  /** A word that may be hostile fire, so that its sentence is parsed. */
  static boolean mayBe(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return lemma.equals("fire") || lemma.equals("engage");
  }

  /** True when {@code t} tells fire aimed at someone. */
  static boolean at(Tree tree, Token t, Predicate<Token> trigger) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("engage") && t.pos().startsWith("VB")) {
      // "insurgents engaged the force", "was engaged by the insurgents", "the force engaged with a
      // precision airstrike"; not "engaged in talks", "engaged with the governor"
      return !tree.children(t.index(), "obj").isEmpty() || !tree.children(t.index(), "obl:agent").isEmpty()
          || tree.children(t.index(), "obl:with").stream().anyMatch(i -> trigger.test(tree.token(i)));
    }
    if (lemma.equals("fire") && t.pos().startsWith("VB")) {
      // "fired on the security force", "fired at the convoy"; "fired rockets" and "rockets were
      // fired at" are the rockets' event
      boolean weaponFired = tree.children(t.index(), "nsubj:pass").stream().anyMatch(i -> trigger.test(tree.token(i)))
          || tree.children(t.index(), "nsubj").stream().anyMatch(i -> trigger.test(tree.token(i)))
          || tree.head(t.index()).filter(d -> d.base().equals("acl") && d.governor() >= 0)
              .map(d -> trigger.test(tree.token(d.governor()))).orElse(false); // "mortar shells fired at a camp"
      return tree.children(t.index(), "obj").isEmpty() && !weaponFired
          && (!tree.children(t.index(), "obl:on").isEmpty() || !tree.children(t.index(), "obl:at").isEmpty());
    }
    return lemma.equals("fire") && t.pos().startsWith("NN") && receiver(tree, t).isPresent();
  }

  /** The verb that receives fire: "received … fire", "came under fire". */
  static Optional<Integer> receiver(Tree tree, Token fire) {
    return tree.head(fire.index()).filter(d -> d.governor() >= 0).filter(d -> {
      String verb = tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
      return RECEIVING.contains(verb) && (d.base().equals("obj") && !verb.equals("come")
          || verb.equals("come") && d.relation().equals("obl:under"));
    }).map(Dependency::governor);
  }

  /** Who fired, where the fire is received: "from insurgents", on the verb or on the noun. */
  static List<Integer> shooters(Tree tree, Token fire) {
    List<Integer> from = new java.util.ArrayList<>(tree.children(fire.index(), "nmod:from"));
    receiver(tree, fire).ifPresent(v -> from.addAll(tree.children(v, "obl:from")));
    return from;
  }

  /** Who was fired on, where the fire is received: the receiving verb's subject. */
  static List<Integer> targets(Tree tree, Token fire) {
    return receiver(tree, fire).map(v -> tree.children(v, "nsubj")).orElse(List.of());
  }
}
