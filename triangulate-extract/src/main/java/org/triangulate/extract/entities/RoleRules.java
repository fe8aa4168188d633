package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.extract.nlp.Token;
import org.triangulate.model.Span;

/**
 * Roles and descriptions of a person from the words around the name:
 *
 * <ul>
 *   <li>a pre-modifier ending in a role noun: "NDS spokesman Haris Jebran", "political affairs
 *       analyst Ahmad Sayeedi", "the slain Hazara leader Abdul Ali Mazari", also set off by a comma
 *       or parenthesis when no verb follows the name: "the Taliban leader, Alaudin, …";
 *   <li>a title or honorific: "Mullah Ansari";
 *   <li>an apposition holding a role noun: "Arif Kayani, a political and military affairs analyst
 *       in Kabul", "Jalaluddin Haqqani, founder of the Haqqani Network", "Zahir Azimi of Kabul, a
 *       retired military officer".
 * </ul>
 *
 * <p>Role nouns come from {@code roles.txt} beside this class.
 */
final class RoleRules {
  /** A described role, its text and the span that supports it. */
  record Role(String text, Span evidence) {}

  private static final Set<String> MODIFIER_TAGS =
      Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBN", "HYPH", "CC");
  private static final Pattern SKIP = Pattern.compile(
      "\\A(?:\\s+of\\s+\\p{Lu}[\\p{L}\\-]*(?:\\s\\p{Lu}[\\p{L}\\-]*)*"
          + "|\\s*\\([^()]{0,60}\\)|\\s+(?:or|aka|a\\.k\\.a\\.)\\s+[\"“][^\"”]{1,40}[\"”]|[\"”]?\\))*"
          + "\\s*(?:,|--|—|–)\\s*");
  // A dash ends the phrase only when spaced or an em dash: "ISIS–Haqqani cell" is one phrase.
  private static final Pattern PHRASE_END =
      Pattern.compile(",|\\.(?:\\s|$)|;|\\s(?:--|—|–)|—|\\)|\"|“|”|\\n");
  private static final Pattern ARTICLE = Pattern.compile("\\A(?:as\\s+)?(?:a|an|the)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOT_APPOSITION =
      Set.of("who", "which", "that", "said", "says", "told", "added", "was", "is", "and", "but", "he", "she");
  /** Verbs that make the words after a name an attribution: "…, Taliban officials said." */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "added", "reported", "stated");

  private final WordList roles;
  private final WordList honorifics;

  RoleRules(WordList roles, WordList honorifics) {
    this.roles = roles;
    this.honorifics = honorifics;
  }

  List<Role> rolesOf(Candidate person, String text, Tokens tokens) {
    List<Role> found = new ArrayList<>();
    premodifiers(person, text, tokens, found);
    apposition(person, text).ifPresent(found::add);
    return found;
  }

  /**
   * The words before the name: titles and honorifics ("Mullah", "Col.") and, before them, a
   * phrase ending in a role noun ("Taliban spokesman Qari Yusuf Hamdard").
   */
  private void premodifiers(Candidate person, String text, Tokens tokens, List<Role> found) {
    int end = tokens.indexAt(person.span().start());
    while (end > 0 && honorifics.contains(tokens.get(end - 1).text())) {
      Token h = tokens.get(end - 1);
      if (end > 1 && isRole(h) && isModifier(tokens.get(end - 2), h) && !tokens.get(end - 2).pos().equals("CC")) {
        break; // "Pakistani Taliban commander Irfan Khurasani": a role with its modifiers, not a bare title
      }
      found.add(new Role(h.text(), new Span(h.span().start(), person.span().end())));
      end--;
    }
    if (end > 1 && setOff(tokens, end, person) && isRole(tokens.get(end - 2))) {
      end--; // "the Taliban leader, Alaudin"; "a Taliban commander (Qari Hussain)"
    }
    if (end == 0 || !isRole(tokens.get(end - 1))) {
      return;
    }
    Token last = tokens.get(end - 1);
    int start = end - 1;
    while (start > 0 && isModifier(tokens.get(start - 1), tokens.get(start))) {
      start--;
    }
    while (tokens.get(start).pos().equals("CC")) {
      start++;
    }
    Span role = new Span(tokens.get(start).span().start(), last.span().end());
    found.add(new Role(role.of(text), new Span(role.start(), person.span().end())));
  }

  /**
   * True when the name is set off from the words before it by a comma or an opening parenthesis
   * and is not the subject of what follows it ("…, Gul Zaman said"): an apposition to them.
   */
  private static boolean setOff(Tokens tokens, int nameStart, Candidate person) {
    String mark = tokens.get(nameStart - 1).text();
    if (!mark.equals(",") && !mark.equals("(") && !mark.equals("-LRB-")) {
      return false;
    }
    Optional<Token> next = tokens.after(person.span());
    return next.map(t -> !t.pos().startsWith("VB") && !t.pos().equals("MD")).orElse(true);
  }

  private boolean isModifier(Token t, Token next) {
    if (!MODIFIER_TAGS.contains(t.pos()) || !t.ner().equals("O") && !t.ner().equals("ORGANIZATION")
        && !t.ner().equals("MISC") && !t.ner().equals("LOCATION")) {
      return false;
    }
    return !t.pos().equals("CC") || next.pos().startsWith("JJ") || next.pos().startsWith("NN");
  }

  private boolean isRole(Token t) {
    return roles.contains(t.text()) || roles.contains(t.lemma());
  }

  private Optional<Role> apposition(Candidate person, String text) {
    Matcher skip = SKIP.matcher(text).region(person.span().end(), text.length());
    if (!skip.lookingAt()) {
      return Optional.empty();
    }
    int start = skip.end();
    Matcher end = PHRASE_END.matcher(text).region(start, Math.min(text.length(), start + 120));
    int stop = end.find() ? end.start() : Math.min(text.length(), start + 120);
    String phrase = text.substring(start, stop);
    Matcher article = ARTICLE.matcher(phrase);
    int offset = article.lookingAt() ? article.end() : 0;
    String body = phrase.substring(offset).strip();
    String[] words = body.split("\\s+");
    if (body.isEmpty() || words.length > 12 || NOT_APPOSITION.contains(words[0].toLowerCase(Locale.ROOT))
        || java.util.Arrays.stream(words).noneMatch(this::isRoleWord)
        || java.util.Arrays.stream(words).anyMatch(w -> REPORTING.contains(w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    Span role = new Span(start + offset, start + offset + body.length());
    return Optional.of(new Role(body, new Span(person.span().start(), role.end())));
  }

  private boolean isRoleWord(String word) {
    String w = word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    return roles.contains(w) || (w.endsWith("s") && roles.contains(w.substring(0, w.length() - 1)));
  }
}
