package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.kb.KbMatch;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.NamedSpan;
import org.triangulate.extract.nlp.Token;
import org.triangulate.model.EntityType;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Span;

/**
 * Finds the names in a text: knowledge-base names of armed groups first (they win over the
 * statistical tagger, which reads "Haqqani Network" as a person now and then), then the
 * tagger's persons, organisations and places, with titles stripped and facilities recognised by
 * their head word ("Bagram Air Base", "Khedar base"), and names the phrase around them makes
 * places whatever the tagger said ("western Farah province", "the town of al-Bab").
 */
final class CandidateFinder {
  private static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "i");

  /** Nouns that, in apposition to a name, say it names a group. */
  private static final Set<String> GROUP_NOUNS =
      Set.of("group", "organisation", "organization", "outfit", "faction", "movement", "militia", "insurgency");

  /** The Arabic article of "al-Bab", "Ar-Rutba", "As-Suwayda". */
  private static final java.util.regex.Pattern ARTICLE =
      java.util.regex.Pattern.compile("(?i)al|el|ad|ar|as|ash|at|az|an");

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("(?:https?://|www\\.)\\S+");

  /** Words that put a place after them: "in Farah", "near Dera Ismail Khan". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at");
  /**
   * Nouns that make the name they go with a place: "Farah province", "the Diffa Department", "the
   * town of Al-Bab". Those that also head organisations' names are in {@link #SHARED_PLACE_NOUNS}.
   */
  private static final Set<String> PLACE_NOUNS = Set.of("province", "district", "governorate", "tehsil",
      "subdistrict", "sub-district", "subdivision", "village", "town", "city", "commune", "municipality",
      "county", "ward", "valley", "mountains", "outskirts", "suburb", "suburbs", "department", "agency",
      "region", "state", "area");
  /**
   * Place nouns that also end organisations' names ("the Education Department", "the Central
   * Intelligence Agency", "the State Department"): the name with them is a place only
   * when the gazetteer knows its other words as a province, a country or a town of some size.
   */
  private static final Set<String> SHARED_PLACE_NOUNS = Set.of("department", "agency", "region", "state", "area");
  /** Place nouns after which "of" names the place ("the town of Al-Bab"), never its people or ruler. */
  private static final Set<String> OF_PLACE_NOUNS = Set.of("province", "district", "governorate", "village",
      "town", "city", "commune", "municipality", "county", "outskirts", "suburbs", "department", "region", "area");
  /** "the Chibok Local Government Area": the Nigerian district's name ends in three words. */
  private static final String LOCAL_GOVERNMENT = " local government area";

  private final WordList honorifics;
  private final WordList facilities;
  private final WordList roles;
  private final PlaceNames places;

  /**
   * {@code places} tells whether a name is a country's or a province's ("Jammu and Kashmir"), so
   * that two places the tagger split at "and" are joined back, and whether it is a town's.
   */
  CandidateFinder(WordList honorifics, WordList facilities, WordList roles, PlaceNames places) {
    this.honorifics = honorifics;
    this.facilities = facilities;
    this.roles = roles;
    this.places = places;
  }

  /**
   * The names of the text in text order. Knowledge-base matches and tagged names are looked up by
   * span (the tagged names never overlap one another), so this is O(n log n) in the names.
   */
  List<Candidate> find(Analysis analysis, Tokens tokens, List<KbMatch> known) {
    List<Candidate> found = new ArrayList<>();
    SpanIndex kbSpans = new SpanIndex();
    for (KbMatch m : known) {
      found.add(new Candidate(m.span(), m.text(), m.group().type(), m.group().id(),
          MentionKind.NAME));
      kbSpans.add(m.span());
    }
    TreeMap<Integer, Candidate> taggedByStart = new TreeMap<>();
    for (NamedSpan name : analysis.names()) {
      Optional<Candidate> c = tagged(analysis.text(), name, tokens)
          .filter(x -> kbSpans.first(x.span(), false) < 0);
      if (c.isPresent()) {
        Span span = c.get().span();
        // A widened name takes the place of the tagger's pieces of it.
        taggedByStart.subMap(span.start(), true, span.end(), true).values()
            .removeIf(k -> span.contains(k.span()));
        Map.Entry<Integer, Candidate> before = taggedByStart.lowerEntry(span.end());
        if (before == null || !before.getValue().span().overlaps(span)) {
          taggedByStart.put(span.start(), c.get());
        }
      }
    }
    untaggedPlaces(analysis.text(), tokens, kbSpans, taggedByStart);
    found.addAll(joinedDivisions(analysis.text(), new ArrayList<>(taggedByStart.values())));
    // Names inside a web address are part of the address, not mentions ("…/isis-khorasan").
    SpanIndex urls = new SpanIndex();
    URL.matcher(analysis.text()).results().forEach(r -> urls.add(new Span(r.start(), r.end())));
    found.removeIf(c -> urls.first(c.span(), false) >= 0);
    found.sort(Comparator.comparing(Candidate::span));
    return found;
  }

  /**
   * "Jammu and Kashmir", "Trinidad and Tobago": two places the tagger split at "and" whose joined
   * name is one province or country become one place ("Jammu" alone is a city). Two places that
   * join into no division ("Baghdad and Basra") stay two. {@code tagged} is in text order.
   */
  private List<Candidate> joinedDivisions(String text, List<Candidate> tagged) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < tagged.size(); i++) {
      Candidate c = tagged.get(i);
      if (i + 1 < tagged.size() && c.type() == EntityType.LOCATION && tagged.get(i + 1).type() == EntityType.LOCATION) {
        Candidate next = tagged.get(i + 1);
        boolean and = c.span().end() <= next.span().start()
            && text.substring(c.span().end(), next.span().start()).equals(" and ");
        Span joined = new Span(c.span().start(), next.span().end());
        if (and && places.isDivision(joined.of(text))) {
          out.add(new Candidate(joined, joined.of(text), EntityType.LOCATION, null, MentionKind.NAME));
          i++;
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  private Optional<Candidate> tagged(String text, NamedSpan name, Tokens tokens) {
    EntityType type = typeOf(name.type());
    if (type == null) {
      return Optional.empty();
    }
    List<Token> words = tokens.within(name.span());
    int first = 0;
    // a title opens a person's name, never a place's ("Imam Sahib District")
    while (first < words.size() && (type != EntityType.LOCATION && isHonorific(words.get(first))
        || !words.get(first).isCapitalized())) {
      first++;
    }
    if (first == words.size() || PRONOUNS.contains(words.getLast().text().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Span span = new Span(words.get(first).span().start(), name.span().end());
    span = withQuotedMiddleName(text, span, tokens);
    if (type == EntityType.PERSON && townAfterPreposition(text, span, tokens)) {
      type = EntityType.LOCATION; // "a festival in Dera Ismail Khan": the tagger said person
    } else if ((type == EntityType.PERSON || type == EntityType.ORGANIZATION)
        && placeBySyntax(text, span, tokens)) {
      type = EntityType.LOCATION; // "in western Farah province", "the Diffa Department"
    } else if (type == EntityType.ORGANIZATION && placedInCountry(text, span, tokens)) {
      type = EntityType.LOCATION; // "in Afrin, Syria"
    }
    if (type == EntityType.ORGANIZATION && afterRole(text, span, tokens)) {
      type = EntityType.PERSON; // "Pakistani Taliban chief Baitullah Mehsud": the tagger said organisation
    }
    if (type != EntityType.ORGANIZATION && describedAsGroup(tokens, span)) {
      type = EntityType.ORGANIZATION; // "Jundullah, a group associated with the TTP": the tagger said person
    } else if (endsWithFacility(span.of(text))) {
      type = EntityType.FACILITY;
    } else if (type != EntityType.PERSON) {
      Optional<Token> next = tokens.after(span);
      if (next.isPresent() && isFacilityHead(next.get()) && adjacent(text, span, next.get())) {
        span = new Span(span.start(), next.get().span().end());
        type = EntityType.FACILITY;
      }
    }
    return Optional.of(new Candidate(span, span.of(text), type, null, MentionKind.NAME));
  }

  /**
   * A tagger span that starts inside quotes ('Erik” Kurilla' of 'Michael “Erik” Kurilla') is
   * widened to the whole name, so that no name carries half a pair of quotes.
   */
  private static Span withQuotedMiddleName(String text, Span span, Tokens tokens) {
    String s = span.of(text);
    boolean unmatched = (s.contains("”") && !s.contains("“")) || s.chars().filter(c -> c == '"').count() % 2 == 1;
    if (!unmatched || span.start() == 0) {
      return span;
    }
    Optional<Token> quote = tokens.before(span);
    Optional<Token> first = quote.flatMap(q -> tokens.before(q.span()));
    if (quote.isPresent() && "“\"".contains(quote.get().text()) && first.isPresent() && first.get().isCapitalized()) {
      return new Span(first.get().span().start(), span.end());
    }
    int close = Math.max(s.lastIndexOf('”'), s.lastIndexOf('"'));
    int next = close + 1;
    while (next < s.length() && s.charAt(next) == ' ') {
      next++;
    }
    return next < s.length() ? new Span(span.start() + next, span.end()) : span;
  }

  /**
   * True when an apposition right after the name calls it a group: ", a militant group …", ", an
   * armed faction …" (a determiner, modifiers, then a group noun).
   */
  private static boolean describedAsGroup(Tokens tokens, Span name) {
    int i = tokens.indexAt(name.end());
    List<Token> all = tokens.all();
    if (i + 2 >= all.size() || !all.get(i).text().equals(",")
        || !Set.of("a", "an", "the").contains(all.get(i + 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int j = i + 2; j < Math.min(all.size(), i + 7); j++) {
      Token t = all.get(j);
      if (GROUP_NOUNS.contains(t.text().toLowerCase(Locale.ROOT)) && t.pos().startsWith("NN")) {
        // the head of the apposition, not a modifier of it: "…, the group's spokesman" is a person
        return j + 1 >= all.size() || !all.get(j + 1).pos().startsWith("NN") && !all.get(j + 1).pos().equals("POS");
      }
      if (!Set.of("JJ", "NN", "NNP", "VBN", "HYPH").contains(t.pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a role noun goes right before the name, in lower case: "Taliban chief Baitullah
   * Mehsud", "the group's spokesman Zabihullah Mujahid". Who holds a role is a person; "the
   * militant group Lashkar-e-Omar" names no role.
   */
  private boolean afterRole(String text, Span span, Tokens tokens) {
    return tokens.before(span).filter(t -> t.pos().startsWith("NN") && !t.isCapitalized()
        && roles.contains(t.text()) && text.substring(t.span().end(), span.start()).equals(" ")).isPresent();
  }

  /**
   * A name after "in", "near" or "at" that the gazetteer knows as a town ("in Dera Ismail Khan"),
   * or, a single word, as a province or country ("in Farah"); "in Farah's house" is a person's.
   */
  private boolean townAfterPreposition(String text, Span span, Tokens tokens) {
    String name = span.of(text);
    boolean possessive = text.startsWith("'s", span.end()) || text.startsWith("’s", span.end());
    return !possessive && tokens.before(span)
        .filter(t -> PLACE_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT))).isPresent()
        && (places.isTown(name) || !name.contains(" ") && places.isDivision(name));
  }

  /**
   * Names the tagger left untagged that the phrase around them makes places ("in central Urozgan
   * province", "the town of al-Bab", "the Bara Subdivision"): each run of untagged proper nouns
   * that {@link #placeBySyntax} accepts, unless a tagged or knowledge-base name covers it.
   */
  private void untaggedPlaces(String text, Tokens tokens, SpanIndex kbSpans, TreeMap<Integer, Candidate> tagged) {
    List<Token> all = tokens.all();
    for (int i = 0; i < all.size(); i++) {
      int end = i;
      if (joinedArticle(all, i)) {
        end = i + 2; // "al-Bab", which the tokenizer splits at the hyphen
      } else if (!untaggedNameWord(all.get(i))) {
        continue;
      }
      while (true) {
        if (end + 1 < all.size() && untaggedNameWord(all.get(end + 1))
            && adjacent(text, all.get(end).span(), all.get(end + 1))) {
          end++;
        } else if (hyphenated(all, end) && untaggedNameWord(all.get(end + 2))) {
          end += 2; // "Dera-Bugti", "Al-Bab"
        } else {
          break;
        }
      }
      Span span = new Span(all.get(i).span().start(), all.get(end).span().end());
      // a piece of a longer name: "Salam" of "al-Nasr wal Salam", "Sar" of "Sar-e Pol"
      boolean piece = i > 0 && (all.get(i - 1).isProperNoun() || joined(all.get(i - 1), all.get(i)))
          || end + 1 < all.size() && joined(all.get(end), all.get(end + 1));
      i = end;
      Map.Entry<Integer, Candidate> before = tagged.lowerEntry(span.end());
      boolean covered = before != null && before.getValue().span().overlaps(span) || kbSpans.first(span, false) >= 0;
      if (!covered && !piece && (placeBySyntax(text, span, tokens) || placedInCountry(text, span, tokens))) {
        tagged.put(span.start(), new Candidate(span, span.of(text), EntityType.LOCATION, null, MentionKind.NAME));
      }
    }
  }

  /** Two tokens with no space between, one of them a hyphen. */
  private static boolean joined(Token a, Token b) {
    return a.span().end() == b.span().start() && (a.text().equals("-") || b.text().equals("-"));
  }

  /** A capitalised proper noun the tagger gave no type. */
  private static boolean untaggedNameWord(Token t) {
    return t.ner().equals("O") && t.isProperNoun() && t.isCapitalized();
  }

  /** Token {@code k}, a hyphen, and the token after it, with no space between: "Dera-Bugti". */
  private static boolean hyphenated(List<Token> all, int k) {
    return k + 2 < all.size() && all.get(k + 1).text().equals("-")
        && joined(all.get(k), all.get(k + 1)) && joined(all.get(k + 1), all.get(k + 2));
  }

  /** "al", "-", "Bab": the Arabic article the tokenizer split from an untagged name. */
  private static boolean joinedArticle(List<Token> all, int i) {
    return hyphenated(all, i) && ARTICLE.matcher(all.get(i).text()).matches() && untaggedNameWord(all.get(i + 2));
  }

  /**
   * True when the words around the name make it a place: it ends in a capitalised place noun
   * ("the Diffa Department", "the Numan Local Government Area"), goes before a place noun that
   * heads its phrase ("western Farah province", not "the Nirkh district police"), or follows one
   * and "of" ("the town of Al-Bab"). With a noun organisations' names also end in (department,
   * agency, region, state, area), the gazetteer must know the name's own words as a province, a
   * country or a town of some size: "the Education Department" stays an organisation.
   */
  private boolean placeBySyntax(String text, Span span, Tokens tokens) {
    String name = span.of(text);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(LOCAL_GOVERNMENT) || lower.endsWith(" local government")) {
      return true;
    }
    int lastSpace = name.lastIndexOf(' ');
    String last = lower.substring(lastSpace + 1);
    if (lastSpace > 0 && PLACE_NOUNS.contains(last) && Character.isUpperCase(name.codePointAt(lastSpace + 1))) {
      return known(name.substring(0, lastSpace), last);
    }
    List<Token> all = tokens.all();
    int after = tokens.indexAt(span.end());
    if (after < all.size() && adjacent(text, span, all.get(after))) {
      Token noun = all.get(after);
      String word = noun.text().toLowerCase(Locale.ROOT);
      boolean heads = after + 1 >= all.size() || !all.get(after + 1).pos().startsWith("NN");
      if (!noun.isCapitalized() && noun.pos().startsWith("NN") && PLACE_NOUNS.contains(word) && heads
          && !indefinite(all, tokens.indexAt(span.start()))) {
        return known(name, word);
      }
    }
    int first = tokens.indexAt(span.start());
    if (first >= 2 && all.get(first - 1).text().equals("of")) {
      Token noun = all.get(first - 2);
      String word = noun.text().toLowerCase(Locale.ROOT);
      if (!noun.isCapitalized() && OF_PLACE_NOUNS.contains(word)) {
        return known(name, word);
      }
    }
    return false;
  }

  /**
   * True when the text puts the name in a country the gazetteer places it in: the country owns it
   * ("Syria's Idlib", "Pakistan's restive Loralai"), follows it after a comma ("Afrin, Syria",
   * "Al-Bab, northern Syria") or after "in" ("central Idlib in northwestern Syria"). The
   * gazetteer must know a place of that name in that country: "Iraq's Parliament" is no place.
   */
  private boolean placedInCountry(String text, Span span, Tokens tokens) {
    List<Token> all = tokens.all();
    String name = span.of(text);
    int first = tokens.indexAt(span.start());
    int k = first - 1;
    while (k >= 0 && all.get(k).pos().startsWith("JJ")) {
      k--;
    }
    if (k >= 1 && all.get(k).pos().equals("POS")) {
      Optional<String> owner = properNounsEndingAt(text, all, k - 1);
      if (owner.isPresent() && places.liesIn(name, owner.get())) {
        return true;
      }
    }
    int after = tokens.indexAt(span.end());
    if (after + 1 < all.size() && (all.get(after).text().equals(",") || all.get(after).text().equals("in"))) {
      int c = after + 1;
      while (c < all.size() && all.get(c).pos().startsWith("JJ")) {
        c++;
      }
      Optional<String> country = properNounsStartingAt(text, all, c);
      return country.isPresent() && places.liesIn(name, country.get());
    }
    return false;
  }

  /** The run of proper nouns that ends at token {@code last}, as the text spells it. */
  private static Optional<String> properNounsEndingAt(String text, List<Token> all, int last) {
    int i = last;
    while (i >= 0 && all.get(i).isProperNoun() && all.get(i).isCapitalized()) {
      i--;
    }
    return i == last ? Optional.empty()
        : Optional.of(text.substring(all.get(i + 1).span().start(), all.get(last).span().end()));
  }

  /** The run of proper nouns that starts at token {@code first}, as the text spells it. */
  private static Optional<String> properNounsStartingAt(String text, List<Token> all, int first) {
    int i = first;
    while (i < all.size() && all.get(i).isProperNoun() && all.get(i).isCapitalized()) {
      i++;
    }
    return i == first ? Optional.empty()
        : Optional.of(text.substring(all.get(first).span().start(), all.get(i - 1).span().end()));
  }

  /**
   * True when the phrase the name opens is indefinite: "a northern Shiite suburb" names a kind of
   * place, not a place, whatever the tagger made of "Shiite".
   */
  private static boolean indefinite(List<Token> all, int first) {
    int i = first - 1;
    while (i >= 0 && (all.get(i).pos().startsWith("JJ") || all.get(i).pos().startsWith("RB"))) {
      i--;
    }
    return i >= 0 && Set.of("a", "an").contains(all.get(i).text().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code name} with the place noun {@code noun} is a place: always, but for the shared nouns. */
  private boolean known(String name, String noun) {
    return !SHARED_PLACE_NOUNS.contains(noun) || places.isDivision(name) || places.isTown(name);
  }

  boolean isHonorific(Token t) {
    return honorifics.contains(t.text());
  }

  private boolean isFacilityHead(Token t) {
    return !t.isCapitalized() && facilities.contains(t.text());
  }

  private boolean endsWithFacility(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return facilities.entries().stream().anyMatch(h -> lower.endsWith(" " + h));
  }

  private static boolean adjacent(String text, Span span, Token next) {
    return text.substring(span.end(), next.span().start()).equals(" ");
  }

  private static @Nullable EntityType typeOf(String nerType) {
    return switch (nerType) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "FACILITY" -> EntityType.FACILITY;
      default -> null;
    };
  }
}
