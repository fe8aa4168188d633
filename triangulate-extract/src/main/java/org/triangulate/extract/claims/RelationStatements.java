package org.triangulate.extract.claims;

import static org.triangulate.extract.claims.ClaimRules.negated;
import static org.triangulate.extract.claims.ClaimRules.lower;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.extract.LexiconFile;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.EntityType;
import org.triangulate.model.Predicate;
import org.triangulate.model.Span;

/**
 * Relations between groups, read only where a sentence states one on its parse ({@code
 * relations.txt}); two groups named near a word are never enough, and opposition ("fought",
 * "clashed with", "detained fighters of", "pressure from") states none.
 *
 * <ul>
 *   <li>A tie and its sides: "links between ISIS and the Haqqani Network"; "ISIS has forged links
 *       with the Haqqani Network"; "ISIS and the Haqqani Network have forged links".
 *   <li>A relational word and its complement: "affiliated with al-Qaeda", "X is linked to the
 *       Islamic State group", "X and Y cooperate".
 *   <li>A part of a whole: "X is part of Y", "X, a branch of Y", "X, Y's Iraqi wing": X BRANCH_OF Y.
 *   <li>Joint action of coordinated groups: "ISIS and the Haqqani Network jointly plan …", "… seek
 *       to benefit from each other's experience", "brought ISIS and al-Qaeda together".
 * </ul>
 *
 * A negated statement ("had no links with", "rejected any links", "is not part of") is a denial.
 * "It" and "they" take the group named last before them. Stateless; thread-safe.
 */
final class RelationStatements {
  private static final Set<String> TIES = words("noun ");
  private static final Set<String> RELATIONAL = words("word ");
  private static final Set<String> PARTS = words("part ");
  private static final Set<String> JOINT = words("joint ");
  private static final Set<String> WHOLES = words("whole ");
  private static final Set<String> AGAINST = words("against ");
  private static final Set<String> NAMING = words("naming ");
  private static final Set<String> ENDING = words("ending ");
  /** Relational verbs whose active subject attributes the relation to its object: "X links the cell to Y". */
  private static final Set<String> TRANSITIVE = Set.of("link", "tie", "connect", "associate");
  private static final Set<String> GROUP_WORDS = Set.of("group", "organisation", "organization", "outfit", "faction",
      "network", "movement", "cell", "militia");
  private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute");

  /** A relation stated between two groups: subject, predicate, object, and whether it is denied. */
  record Stated(String subject, Predicate predicate, String object, boolean denied, boolean hedged) {
    Stated(String subject, Predicate predicate, String object, boolean denied) {
      this(subject, predicate, object, denied, false);
    }
  }

  /** Verbs by which someone else puts a tie forward: "emphasising links between …", "alleged links". */
  private static final Set<String> PUT_FORWARD = Set.of("emphasise", "emphasize", "stress", "highlight", "allege",
      "claim", "exaggerate", "cite", "tout", "suggest", "suspect", "rumor", "rumour", "report");

  private final EntityIndex entities;

  RelationStatements(EntityIndex entities) {
    this.entities = entities;
  }

  /**
   * True when the sentence may state a relation, so the parser must run on it: a relation word,
   * and two names the tagger calls organisations (or one and a pronoun), since a relation needs
   * two sides. Parsing is the costliest step; most sentences with "province" or "part" name no
   * two groups.
   */
  static boolean hasCue(List<Token> tokens, List<Span> groupNames) {
    boolean word = tokens.stream().map(t -> lower(t.lemma()))
        .anyMatch(l -> TIES.contains(l) || RELATIONAL.contains(l) || PARTS.contains(l) || JOINT.contains(l)
            || WHOLES.contains(l))
        || tokens.stream().anyMatch(t -> lower(t.text()).equals("other"));
    if (!word) {
      return false;
    }
    int groups = 0;
    boolean pronoun = false;
    for (int i = 0; i < tokens.size(); i++) {
      boolean org = isGroupName(tokens.get(i), groupNames);
      if (org && (i == 0 || !isGroupName(tokens.get(i - 1), groupNames))) {
        groups++;
      }
      pronoun |= Set.of("it", "they").contains(lower(tokens.get(i).text()));
    }
    return groups >= 2 || groups == 1 && pronoun;
  }

  /**
   * {@code groupNames} are in text order and do not overlap, as {@link
   * org.triangulate.extract.kb.KnowledgeBase#scan} gives them: only the last one starting at or
   * before the token can hold it, found by binary search (a scan of all of them for each token of
   * each sentence was quadratic in a long document).
   */
  private static boolean isGroupName(Token t, List<Span> groupNames) {
    if (t.ner().equals("ORGANIZATION")) {
      return true;
    }
    int lo = 0;
    int hi = groupNames.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (groupNames.get(mid).start() <= t.span().start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && groupNames.get(lo - 1).contains(t.span());
  }

  List<Stated> of(Tree tree) {
    Set<Stated> out = new LinkedHashSet<>();
    for (Token t : tree.sentence().tokens()) {
      String lemma = lower(t.lemma());
      if (TIES.contains(lemma) && t.pos().startsWith("NN")) {
        Set<Stated> told = new LinkedHashSet<>();
        tie(tree, t, told);
        boolean putForward = putForward(tree, t.index());
        told.forEach(x -> out.add(putForward && !x.denied()
            ? new Stated(x.subject(), x.predicate(), x.object(), false, true) : x));
      }
      if (RELATIONAL.contains(lemma) && (t.pos().startsWith("VB") || t.pos().startsWith("JJ"))) {
        relational(tree, t, out);
      }
      if (WHOLES.contains(lemma) && t.pos().startsWith("VB")) {
        whole(tree, t, out);
      }
      if (PARTS.contains(lemma) && t.pos().startsWith("NN")) {
        part(tree, t, out);
      }
      if (t.pos().startsWith("VB")) {
        joint(tree, t, out);
      }
    }
    return List.copyOf(out);
  }

  // ---- a tie and its sides

  private void tie(Tree tree, Token tie, Set<Stated> out) {
    boolean denied = negated(tree, tie.index());
    List<String> between = new ArrayList<>();
    List<String> with = new ArrayList<>();
    List<Integer> holders = new ArrayList<>(List.of(tie.index()));
    tree.children(tie.index()).stream().filter(d -> d.base().equals("acl")).forEach(d -> holders.add(d.dependent()));
    for (int h : holders) {
      for (Dependency d : tree.children(h)) {
        if (d.relation().endsWith(":between")) {
          between.addAll(groups(tree, d.dependent()));
        } else if (d.relation().endsWith(":with") || d.relation().endsWith(":to")) {
          with.addAll(groups(tree, d.dependent()));
        }
      }
    }
    List<String> sides = new ArrayList<>();
    Optional<Dependency> head = tree.head(tie.index());
    if (head.isPresent() && head.get().governor() >= 0 && head.get().base().equals("obj")) {
      int verb = head.get().governor();
      String lemma = lower(tree.token(verb).lemma());
      // "cut ties with" ends the tie; "have not cut their ties with" keeps it
      denied = ENDING.contains(lemma) ? !negated(tree, verb) : denied || negated(tree, verb) || DENYING.contains(lemma);
      sides.addAll(subjects(tree, verb));
      tree.children(verb).stream().filter(d -> d.relation().endsWith(":with") || d.relation().endsWith(":to"))
          .forEach(d -> with.addAll(groups(tree, d.dependent())));
    }
    boolean no = denied;
    if (between.size() >= 2) {
      pairs(between, no, out);
    } else if (!with.isEmpty()) {
      sides.forEach(s -> with.forEach(w -> add(s, Predicate.COOPERATES_WITH, w, no, out)));
    } else if (sides.size() >= 2) {
      pairs(sides, no, out);
    } else if (sides.isEmpty() && definite(tree, tie.index())) {
      // "As for the partnership's modus operandi, … the Haqqani Network plans …, while ISIS
      // launches the attacks": a tie already told, its sides the groups acting in its sentence.
      pairs(actingGroups(tree), no, out);
    }
  }

  /**
   * A tie someone else is said to put forward ("an interest in emphasising links between X and Y",
   * "alleged links", "officials claim ties between …") is reported, not stated: hedged.
   */
  private static boolean putForward(Tree tree, int tie) {
    boolean modified = tree.children(tie).stream().anyMatch(d -> (d.base().equals("amod") || d.base().equals("acl"))
        && PUT_FORWARD.contains(lower(tree.token(d.dependent()).lemma())));
    boolean objectOf = tree.head(tie).filter(d -> d.base().equals("obj") && d.governor() >= 0)
        .map(d -> PUT_FORWARD.contains(lower(tree.token(d.governor()).lemma()))).orElse(false);
    return modified || objectOf;
  }

  private static boolean definite(Tree tree, int noun) {
    return tree.hasDeterminer(noun, Set.of("the", "this", "that"));
  }

  /** The groups that are subjects of the sentence's verbs other than verbs of opposition. */
  private List<String> actingGroups(Tree tree) {
    List<String> out = new ArrayList<>();
    for (Token t : tree.sentence().tokens()) {
      if (t.pos().startsWith("VB") && !AGAINST.contains(lower(t.lemma()))) {
        tree.children(t.index(), "nsubj").forEach(s -> out.addAll(groups(tree, s)));
        // a noun compound on a verb is a subject the parser took for a modifier ("the Taliban and Haqqani Network seek")
        tree.children(t.index(), "compound").forEach(s -> out.addAll(groups(tree, s)));
      }
    }
    return out.stream().distinct().toList();
  }

  // ---- a body made of groups

  private void whole(Tree tree, Token verb, Set<Stated> out) {
    // only a body is made of groups: "a cell comprised of …", not "the attacks included …"
    List<Integer> bodies = new ArrayList<>(tree.children(verb.index(), "nsubj"));
    bodies.addAll(tree.children(verb.index(), "nsubj:pass"));
    tree.head(verb.index()).filter(d -> d.base().equals("acl") && d.governor() >= 0).ifPresent(d -> bodies.add(d.governor()));
    if (bodies.stream().noneMatch(b -> GROUP_WORDS.contains(lower(tree.token(b).lemma())))) {
      return;
    }
    List<String> members = new ArrayList<>();
    for (Dependency d : tree.children(verb.index())) {
      if (d.relation().endsWith(":of") || d.base().equals("obj")) {
        members.addAll(groups(tree, d.dependent())); // "members of both ISIS and the Haqqani Network"
      }
    }
    if (members.size() >= 2) {
      pairs(members, negated(tree, verb.index()), out);
    }
  }

  // ---- a relational word and its complement

  private void relational(Tree tree, Token word, Set<Stated> out) {
    boolean denied = negated(tree, word.index());
    List<String> others = new ArrayList<>();
    for (Dependency d : tree.children(word.index())) {
      if (d.relation().endsWith(":with") || d.relation().endsWith(":to") || d.base().equals("obj")) {
        others.addAll(groups(tree, d.dependent()));
      }
    }
    List<String> sides = new ArrayList<>();
    boolean attributing = word.pos().startsWith("VB") && !word.pos().equals("VBN") && TRANSITIVE.contains(lower(word.lemma()));
    Optional<Dependency> head = tree.head(word.index());
    if (attributing) {
      // "the NDS links the cell to ISIS", "a cell it links to ISIS": the subject only says so
      tree.children(word.index(), "obj").forEach(o -> sides.addAll(groups(tree, o)));
      head.filter(d -> d.relation().equals("acl:relcl") && d.governor() >= 0).ifPresent(d -> sides.addAll(groups(tree, d.governor())));
      others.removeAll(sides);
    } else {
      sides.addAll(subjects(tree, word.index()));
      head.filter(d -> (d.base().equals("amod") || d.base().equals("acl")) && d.governor() >= 0)
          .ifPresent(d -> sides.addAll(groups(tree, d.governor())));
    }
    if (!others.isEmpty()) {
      sides.forEach(s -> others.forEach(o -> add(s, Predicate.COOPERATES_WITH, o, denied, out)));
    } else if (sides.size() >= 2 && word.pos().startsWith("VB") && !attributing) {
      pairs(sides, denied, out); // "X and Y cooperate"
    }
  }

  // ---- a part of a whole

  private void part(Tree tree, Token part, Set<Stated> out) {
    List<String> wholes = new ArrayList<>();
    for (Dependency d : tree.children(part.index())) {
      if (d.relation().equals("nmod:of") || d.relation().equals("nmod:poss")) {
        wholes.addAll(groups(tree, d.dependent()));
      }
    }
    if (wholes.isEmpty()) {
      return;
    }
    List<String> pieces = new ArrayList<>();
    boolean copula = tree.children(part.index()).stream().anyMatch(d -> d.base().equals("cop"));
    if (copula) {
      pieces.addAll(subjects(tree, part.index()));
    }
    tree.head(part.index()).filter(d -> d.base().equals("appos") && d.governor() >= 0)
        .ifPresent(d -> pieces.addAll(groups(tree, d.governor())));
    tree.children(part.index()).stream().filter(d -> d.base().equals("appos"))
        .forEach(d -> pieces.addAll(groups(tree, d.dependent())));
    // "Jundullah branch of the Tehreek-e-Taliban Pakistan": the group the part noun is named by
    tree.children(part.index()).stream().filter(d -> d.base().equals("compound"))
        .forEach(d -> group(tree, d.dependent()).ifPresent(pieces::add));
    boolean denied = negated(tree, part.index());
    for (String piece : pieces) {
      wholes.forEach(w -> add(piece, Predicate.BRANCH_OF, w, denied, out));
    }
  }

  // ---- joint action of coordinated groups

  private void joint(Tree tree, Token verb, Set<Stated> out) {
    boolean jointly = tree.children(verb.index()).stream()
        .anyMatch(d -> d.base().equals("advmod") && JOINT.contains(lower(tree.token(d.dependent()).lemma())));
    boolean reciprocal = tree.subtree(verb.index()).stream().map(tree::token)
        .anyMatch(t -> lower(t.text()).equals("other") && tree.sentence().contains(t.index() - 1)
            && Set.of("each", "one").contains(lower(tree.token(t.index() - 1).text())));
    boolean jointObject = tree.children(verb.index(), "obj").stream()
        .anyMatch(o -> tree.children(o).stream().anyMatch(d -> d.base().equals("amod")
            && lower(tree.token(d.dependent()).lemma()).equals("joint")));
    if (!jointly && !reciprocal && !jointObject || AGAINST.contains(lower(verb.lemma()))) {
      return; // "ISIS and the Taliban fought each other" states enmity
    }
    boolean denied = negated(tree, verb.index());
    List<String> sides = subjects(tree, verb.index());
    List<String> with = new ArrayList<>();
    tree.children(verb.index()).stream().filter(d -> d.relation().endsWith(":with"))
        .forEach(d -> with.addAll(groups(tree, d.dependent())));
    if (!with.isEmpty()) {
      // "the Haqqani Network had worked jointly with ISIS"
      sides.forEach(x -> with.forEach(w -> add(x, Predicate.COOPERATES_WITH, w, denied, out)));
      return;
    }
    if (sides.size() < 2 && jointly) {
      sides = new ArrayList<>();
      for (int o : tree.children(verb.index(), "obj")) {
        sides.addAll(groups(tree, o)); // "brought ISIS and al-Qaeda together"
      }
    }
    if (sides.size() >= 2) {
      pairs(sides, denied, out);
    }
  }

  // ---- the groups a phrase names

  /** The groups of a verb's subject, or of the verb it is coordinated with or controlled by. */
  private List<String> subjects(Tree tree, int verb) {
    List<Integer> heads = new ArrayList<>(tree.children(verb, "nsubj"));
    heads.addAll(tree.children(verb, "nsubj:pass"));
    for (Dependency d : tree.ancestors(verb, 3)) {
      if (!heads.isEmpty() || !(d.base().equals("conj") || d.base().equals("xcomp"))) {
        break;
      }
      heads.addAll(tree.children(d.governor(), "nsubj"));
    }
    List<String> out = new ArrayList<>();
    heads.forEach(h -> out.addAll(groups(tree, h)));
    return out.stream().distinct().toList();
  }

  /**
   * The groups a noun phrase names, one per conjunct: "ISIS and the Haqqani Network" gives two;
   * "elements of the Taliban" the Taliban; "it" the group named last before it.
   */
  private List<String> groups(Tree tree, int head) {
    List<String> out = new ArrayList<>();
    List<Integer> conjuncts = new ArrayList<>(List.of(head));
    for (int i = 0; i < conjuncts.size(); i++) {
      tree.children(conjuncts.get(i)).stream().filter(d -> d.base().equals("conj")).map(Dependency::dependent)
          .filter(c -> !conjuncts.contains(c)).forEach(conjuncts::add);
    }
    for (int c : conjuncts) {
      // "ISIS elements", "elements of the Taliban", and both in "ISIS elements … of the Haqqani Network"
      List<String> own = new ArrayList<>();
      group(tree, c).or(() -> named(tree, c)).or(() -> described(tree, c)).ifPresent(own::add);
      tree.children(c).stream().filter(d -> d.relation().equals("nmod:of")).map(d -> group(tree, d.dependent()))
          .flatMap(Optional::stream).forEach(own::add);
      if (!own.isEmpty()) {
        out.addAll(own);
        continue;
      }
      // "terrorist groups such as ISIS, the Haqqani Network and al-Qaeda"
      tree.children(c).stream().filter(d -> d.relation().equals("nmod:such_as") || d.relation().equals("nmod:including"))
          .forEach(d -> out.addAll(groups(tree, d.dependent())));
    }
    return out.stream().distinct().toList();
  }

  /** "The group that operates under the name of ISIS", "a faction known as …": the group it names. */
  private Optional<String> named(Tree tree, int head) {
    if (!GROUP_WORDS.contains(lower(tree.token(head).lemma()))) {
      return Optional.empty();
    }
    for (Dependency d : tree.children(head)) {
      if (!d.base().equals("acl")) {
        continue;
      }
      List<Integer> clause = tree.subtree(d.dependent(), true);
      boolean naming = clause.stream().anyMatch(i -> NAMING.contains(lower(tree.token(i).lemma())));
      if (naming) {
        return clause.stream().sorted().map(i -> group(tree, i)).flatMap(Optional::stream).findFirst();
      }
    }
    return Optional.empty();
  }

  /** "Jundullah, a group associated with …": a group word in apposition takes the group it describes. */
  private Optional<String> described(Tree tree, int head) {
    if (!GROUP_WORDS.contains(lower(tree.token(head).lemma()))) {
      return Optional.empty();
    }
    return tree.head(head).filter(d -> d.base().equals("appos") && d.governor() >= 0)
        .flatMap(d -> group(tree, d.governor()));
  }

  private Optional<String> group(Tree tree, int token) {
    Token t = tree.token(token);
    if (Set.of("it", "they", "its", "their").contains(lower(t.text()))) {
      return entities.before(t.span().start(), List.of(EntityType.ORGANIZATION)).map(EntityIndex.Ref::key);
    }
    return entities.at(t.span().start()).or(() -> entities.within(t.span()).stream().findFirst())
        .or(() -> tree.children(token).stream().filter(d -> d.base().equals("compound") || d.base().equals("flat"))
            .map(d -> entities.at(tree.token(d.dependent()).span().start())).flatMap(Optional::stream).findFirst())
        .filter(r -> r.type() == EntityType.ORGANIZATION).map(EntityIndex.Ref::key);
  }

  private static void pairs(List<String> groups, boolean denied, Set<Stated> out) {
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        add(groups.get(i), Predicate.COOPERATES_WITH, groups.get(j), denied, out);
      }
    }
  }

  private static void add(String a, Predicate p, String b, boolean denied, Set<Stated> out) {
    if (!a.equals(b)) {
      out.add(new Stated(a, p, b, denied));
    }
  }

  private static Set<String> words(String kind) {
    return LexiconFile.entries(RelationStatements.class, "relations.txt", kind);
  }
}
