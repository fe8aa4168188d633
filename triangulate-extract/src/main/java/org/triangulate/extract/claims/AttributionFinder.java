package org.triangulate.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.EntityType;
import org.triangulate.model.Modality;
import org.triangulate.model.Span;

/**
 * Finds who a parsed sentence attributes its content to: the subject of its main reporting verb
 * ("said NDS spokesman Haris Jebran", "the NDS said", "he added"), the object of "according to",
 * or the source a reporter cites ("Tolo News reported, citing the NDS": speaker NDS, via Tolo
 * News). A confession shown in a video an organisation released comes via that organisation.
 */
final class AttributionFinder {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> HEDGES = Set.of("may", "might", "could", "appear", "seem", "possibly", "likely",
      "reportedly", "allegedly", "apparently", "suspected", "probably", "perhaps");
  /** Things that carry a speaker's words: "the message said" continues the speaker. */
  private static final Set<String> CHANNELS = Set.of("message", "statement", "video", "report", "communique",
      "post", "letter", "audio", "recording", "posting", "announcement");
  private static final Set<String> PUBLISHING = Set.of("broadcast", "publish", "post", "carry", "air", "release",
      "issue", "distribute");
  private static final Set<String> RELEASING = Set.of("release", "publish", "show", "broadcast", "air", "distribute");

  private final ReportingLexicon lexicon;
  private final EntityIndex entities;
  private final String text;
  private final @Nullable String author;

  /** {@code author}: the person a "Statement by …" title names, who is the body's "I" and "we"; or null. */
  AttributionFinder(ReportingLexicon lexicon, EntityIndex entities, String text,
      @Nullable String author) {
    this.lexicon = lexicon;
    this.entities = entities;
    this.text = text;
    this.author = author;
  }

  /** The attribution this sentence states, if it states one; {@code last} resolves pronouns. */
  Optional<Attribution> find(Tree tree, Attribution last) {
    return mainReportingVerb(tree).flatMap(v -> fromVerb(tree, v, last)).or(() -> according(tree, last));
  }

  private Optional<Integer> mainReportingVerb(Tree tree) {
    return tree.sentence().tokens().stream()
        .filter(t -> lexicon.modality(t).isPresent())
        // "Suspected Taliban insurgents attacked …": a participle describing a noun reports nothing
        .filter(t -> tree.head(t.index()).map(d -> !d.base().equals("amod") && !d.base().equals("compound")).orElse(true))
        .min(Comparator.comparingInt(t -> tree.ancestors(t.index(), 20).size()))
        .map(Token::index);
  }

  /**
   * The subject of a reporting verb, also where the parse lost it: the name just before
   * ("…, NDS chief Ahmad Zia Saraj said") or just after ("…, said Jebran") the verb.
   */
  private Optional<Integer> subjectOf(Tree tree, int verb) {
    List<Integer> subjects = tree.children(verb, "nsubj");
    if (!subjects.isEmpty()) {
      return Optional.of(subjects.getFirst());
    }
    Optional<Integer> controller = controller(tree, verb);
    if (controller.isPresent()) {
      return controller;
    }
    boolean describing = tree.token(verb).pos().equals("VBN")
        && tree.head(verb).filter(d -> d.base().equals("acl")).isPresent();
    if (!tree.children(verb, "nsubj:pass").isEmpty() || !tree.children(verb, "aux:pass").isEmpty() || describing) {
      // "the incident was blamed on the Taliban", "an attack blamed on Taliban militants": a
      // passive's speaker is its agent, never a name after it
      return tree.children(verb, "obl:agent").stream().findFirst();
    }
    List<Token> tokens = tree.sentence().tokens();
    int at = verb - tokens.getFirst().index();
    for (int i = at - 1; i >= Math.max(0, at - 8) && !tokens.get(i).text().equals(","); i--) {
      if (entities.at(tokens.get(i).span().start()).filter(r -> r.type() == EntityType.PERSON
          || r.type() == EntityType.ORGANIZATION).isPresent() || PRONOUNS.contains(lower(tokens.get(i)))) {
        return Optional.of(tokens.get(i).index());
      }
    }
    for (int i = at + 1; i < Math.min(tokens.size(), at + 8) && !tokens.get(i).text().equals(","); i++) {
      if (entities.at(tokens.get(i).span().start()).isPresent() || PRONOUNS.contains(lower(tokens.get(i)))) {
        return Optional.of(tokens.get(i).index());
      }
    }
    return Optional.empty();
  }

  /**
   * Who speaks through a reporting verb that has no subject of its own: the subject of the verb a
   * participle hangs from, as adverbial clause, as the parser's loose dependent or as the marker
   * of a clause ("a Taliban spokesman (X) called reporters, saying …"); of the verb an infinitive
   * completes, unless that verb has an object, which is then the one to act ("police urged
   * residents to report …" makes the police say nothing); or of the verb whose object is the
   * statement the participle describes ("the embassy issued a statement saying …").
   */
  private static Optional<Integer> controller(Tree tree, int verb) {
    Optional<Dependency> up = tree.head(verb).filter(d -> d.governor() >= 0);
    if (up.isEmpty()) {
      return Optional.empty();
    }
    int governor = up.get().governor();
    String relation = up.get().base();
    if (relation.equals("mark")) {
      // "…, saying the bombers were trying to …": the parser made "saying" the marker of the clause
      Optional<Dependency> clause = tree.head(governor).filter(d -> d.base().equals("advcl") && d.governor() >= 0);
      return clause.flatMap(d -> tree.children(d.governor(), "nsubj").stream().findFirst());
    }
    boolean participle = relation.equals("advcl") || relation.equals("dep") && tree.token(verb).pos().equals("VBG");
    if (participle || relation.equals("xcomp") && tree.children(governor, "obj").isEmpty()) {
      return tree.children(governor, "nsubj").stream().findFirst();
    }
    if (relation.equals("acl") && CHANNELS.contains(tree.token(governor).lemma().toLowerCase(Locale.ROOT))) {
      return tree.head(governor).filter(d -> d.base().equals("obj") && d.governor() >= 0)
          .flatMap(d -> tree.children(d.governor(), "nsubj").stream().findFirst());
    }
    return Optional.empty();
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private Optional<Attribution> fromVerb(Tree tree, int verb, Attribution last) {
    Modality modality = lexicon.modality(tree.token(verb)).orElse(Modality.ASSERTED);
    if (modality == Modality.CLAIMED && !claimsResponsibility(tree, verb)) {
      modality = Modality.ASSERTED;
    }
    Optional<Integer> subject = subjectOf(tree, verb);
    if (subject.isEmpty() || tree.hasDeterminer(subject.get(), Set.of("no"))
        || tree.token(subject.get()).text().equalsIgnoreCase("nobody")) {
      return Optional.empty(); // "No group has claimed that blast" attributes nothing
    }
    Attribution a = speaker(tree, subject.get(), last, modality);
    Optional<Integer> cited = tree.sentence().tokens().stream().filter(t -> t.lemma().equals("cite"))
        .findFirst().flatMap(c -> tree.children(c.index(), "obj").stream().findFirst());
    if (cited.isPresent()) {
      Attribution source = speaker(tree, cited.get(), last, modality);
      if (source.speaker() != null && a.speaker() != null) {
        return Optional.of(new Attribution(source.speaker(), null, List.of(a.speaker()), modality, true));
      }
    }
    Optional<String> outlet = publishedThrough(tree, a.speaker());
    if (outlet.isPresent()) {
      a = new Attribution(a.speaker(), a.speakerText(), List.of(outlet.get()), modality, true);
    }
    if (modality == Modality.CONFESSED) {
      Optional<String> channel = releasedBy(tree);
      if (channel.isPresent() && !channel.get().equals(a.speaker())) {
        a = new Attribution(a.speaker(), a.speakerText(), List.of(channel.get()), modality, true);
      }
    }
    return Optional.of(hedged(tree) && modality == Modality.ASSERTED ? a.withModality(Modality.HEDGED) : a);
  }

  private static boolean claimsResponsibility(Tree tree, int verb) {
    return tree.children(verb, "obj").stream().map(o -> tree.token(o).lemma().toLowerCase(Locale.ROOT))
        .anyMatch(l -> l.equals("responsibility") || l.equals("credit"));
  }

  private Optional<Attribution> according(Tree tree, Attribution last) {
    for (Token t : tree.sentence().tokens()) {
      if (t.text().equalsIgnoreCase("according")) {
        Optional<Dependency> head = tree.head(t.index());
        if (head.isPresent() && head.get().governor() >= 0) {
          return Optional.of(speaker(tree, head.get().governor(), last, Modality.ASSERTED));
        }
      }
    }
    return Optional.empty();
  }

  private Attribution speaker(Tree tree, int head, Attribution last, Modality modality) {
    Token h = tree.token(head);
    if (PRONOUNS.contains(h.text().toLowerCase(Locale.ROOT))) {
      if (last.speaker() != null || !"the article".equals(last.speakerText())) {
        return new Attribution(last.speaker(), last.speakerText(), last.via(), modality, true);
      }
      if (author != null && FIRST_PERSON.contains(lower(h))) {
        return new Attribution(author, null, List.of(), modality, true); // "I condemn …" under "Statement by X"
      }
      return new Attribution(null, h.text(), List.of(), modality, true);
    }
    String lemma = h.lemma().toLowerCase(Locale.ROOT);
    // "the message said", "this statement": the one just quoted; "multiple intelligence reports" are others
    boolean toldJustNow = tree.hasDeterminer(head, Set.of("the", "this", "that"));
    if (CHANNELS.contains(lemma) && toldJustNow && (last.speaker() != null || !"the article".equals(last.speakerText()))) {
      return new Attribution(last.speaker(), last.speakerText(), last.via(), modality, true);
    }
    Optional<EntityIndex.Ref> group = Referents.groupReferredTo(tree, head, entities);
    if (group.isPresent()) {
      return new Attribution(group.get().key(), null, List.of(), modality, true); // "the group said"
    }
    Span phrase = phrase(tree, head);
    boolean possessive = tree.children(head).stream().anyMatch(d -> d.relation().equals("nmod:poss")
        && Set.of("its", "their", "his", "her").contains(lower(tree.token(d.dependent()))));
    if (possessive && (last.speaker() != null || !"the article".equals(last.speakerText()))) {
      return new Attribution(last.speaker(), last.speakerText(), last.via(), modality, true); // "its findings"
    }
    Optional<EntityIndex.Ref> named = headName(tree, head)
        .or(() -> entities.within(phrase).stream().filter(r -> r.type() == EntityType.PERSON).findFirst())
        .or(() -> entities.within(phrase).stream().filter(r -> r.type() == EntityType.ORGANIZATION).findFirst());
    if (named.isPresent()) {
      return new Attribution(named.get().key(), null, List.of(), modality, true);
    }
    return new Attribution(null, phrase.of(text), List.of(), modality, true);
  }

  /**
   * The person or organisation the subject's head word names, else the one its apposition's head
   * names: of "KABUL, … — U.S. forces killed Abu Sayed …, spokesperson Dana White said", parsed
   * with the dateline as the subject and the spokesperson in apposition to it, the speaker is the
   * spokesperson, not the first person the long phrase holds.
   */
  private Optional<EntityIndex.Ref> headName(Tree tree, int head) {
    List<Integer> heads = new ArrayList<>(List.of(head));
    tree.children(head).stream().filter(d -> d.base().equals("appos")).forEach(d -> heads.add(d.dependent()));
    return heads.stream()
        .flatMap(h -> entities.at(tree.token(h).span().start()).stream())
        .filter(r -> r.type() == EntityType.PERSON || r.type() == EntityType.ORGANIZATION)
        .findFirst();
  }

  /** The subject phrase, with a parenthesis or apposition that names it ("detainee (identified as X)"). */
  private static Span phrase(Tree tree, int head) {
    Span span = tree.span(head);
    for (Dependency d : tree.children(head)) {
      if (d.base().equals("case") && d.dependent() < head) {
        // "according to multiple intelligence reports": the source, not its preposition
        int after = tree.span(d.dependent()).end();
        int next = tree.sentence().tokens().stream().filter(t -> t.span().start() >= after)
            .mapToInt(t -> t.span().start()).findFirst().orElse(after);
        span = new Span(Math.max(span.start(), next), span.end());
      }
    }
    for (Dependency d : tree.children(head)) {
      if (Set.of("appos", "dep", "acl").contains(d.base()) && !d.relation().equals("acl:relcl")) {
        Span s = tree.span(d.dependent());
        span = new Span(Math.min(span.start(), s.start()), Math.max(span.end(), s.end()));
      }
    }
    return span;
  }

  /**
   * The channel a statement went out through: "said in a statement broadcast on its Radio Andalus
   * station", "carried by the Amaq news agency" — an organisation named after on, by, via or
   * through in a sentence that speaks of a statement, video or message or of publishing one.
   */
  private Optional<String> publishedThrough(Tree tree, @Nullable String speaker) {
    boolean published = tree.sentence().tokens().stream().map(t -> t.lemma().toLowerCase(Locale.ROOT))
        .anyMatch(l -> PUBLISHING.contains(l) || CHANNELS.contains(l));
    if (!published) {
      return Optional.empty();
    }
    List<Token> tokens = tree.sentence().tokens();
    for (int i = 1; i < tokens.size(); i++) {
      int start = tokens.get(i).span().start();
      Optional<EntityIndex.Ref> ref = entities.at(start)
          .filter(r -> r.type() == EntityType.ORGANIZATION && r.span().start() == start
              && !r.key().equals(speaker));
      if (ref.isEmpty()) {
        continue;
      }
      int j = i - 1;
      while (j > 0 && Set.of("its", "the", "their", "his").contains(lower(tokens.get(j)))) {
        j--;
      }
      if (Set.of("on", "by", "via", "through").contains(lower(tokens.get(j)))) {
        return Optional.of(ref.get().key());
      }
    }
    return Optional.empty();
  }

  private Optional<String> releasedBy(Tree tree) {
    return tree.sentence().tokens().stream()
        .filter(t -> RELEASING.contains(t.lemma().toLowerCase(Locale.ROOT)))
        .flatMap(t -> tree.children(t.index(), "nsubj").stream())
        .flatMap(s -> entities.within(tree.span(s)).stream())
        .filter(r -> r.type() == EntityType.ORGANIZATION)
        .map(EntityIndex.Ref::key).findFirst();
  }

  private static boolean hedged(Tree tree) {
    return tree.sentence().tokens().stream().anyMatch(t -> HEDGES.contains(t.lemma().toLowerCase(Locale.ROOT))
        || HEDGES.contains(t.text().toLowerCase(Locale.ROOT)));
  }
}
