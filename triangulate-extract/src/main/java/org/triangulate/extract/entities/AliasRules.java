package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;

/**
 * Aliases the text states outright:
 *
 * <ul>
 *   <li>an acronym in parentheses or brackets after a name: "National Directorate of Security
 *       (NDS)", "\"Islamic State of Iraq and Syria\" (ISIS)";
 *   <li>"also known as", "a.k.a.", "alias", "known as", including lists ("X (a.k.a. Y; a.k.a.
 *       Z)");
 *   <li>"identified as X or \"Y\"", the way arrests and confessions name detainees.
 * </ul>
 *
 * <p>Cost: one linear scan of the text per pattern.
 */
final class AliasRules {
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?";
  private static final String JOIN = "(?:(?:al|el|bin|ibn|ul|ud|abu|of|the|and|de|e|i|for|in)[ \\-])";
  private static final String NAME = WORD + "(?:[ \\-]" + JOIN + "{0,2}" + WORD + ")*";
  private static final String OPEN_QUOTE = "[\"“]?";
  private static final String CLOSE_QUOTE = "[\"”]?";

  private static final Pattern ACRONYM_AFTER = Pattern.compile(
      "(" + NAME + ")" + CLOSE_QUOTE + "\\s*[(\\[](\\p{Lu}[\\p{L}0-9]*\\p{Lu}[\\p{L}0-9\\-–]*)[)\\]]");
  private static final Pattern KNOWN_AS = Pattern.compile(
      "(" + NAME + ")" + CLOSE_QUOTE + "(?:\\s*,)?\\s*\\(?\\s*(?:also known as|better known as|"
          + "known as|a\\.k\\.a\\.?|aka|alias|nicknamed)\\s+" + OPEN_QUOTE + "(" + NAME + ")");
  private static final Pattern MORE_KNOWN_AS = Pattern.compile(
      "\\G" + CLOSE_QUOTE + "\\s*[;,]\\s*(?:and\\s+)?(?:also known as|a\\.k\\.a\\.?|aka)\\s+"
          + OPEN_QUOTE + "(" + NAME + ")");
  private static final Pattern IDENTIFIED_AS = Pattern.compile(
      "identified as\\s+(" + NAME + ")\\s*(?:,|or|alias|aka)\\s+" + OPEN_QUOTE + "(" + NAME + ")");

  List<AliasLink> find(String text) {
    List<AliasLink> links = new ArrayList<>();
    Matcher m = ACRONYM_AFTER.matcher(text);
    while (m.find()) {
      links.add(link(text, m, EntityType.ORGANIZATION, "parenthesis"));
    }
    m = KNOWN_AS.matcher(text);
    while (m.find()) {
      AliasLink first = link(text, m, EntityType.PERSON, "also-known-as");
      links.add(first);
      Matcher more = MORE_KNOWN_AS.matcher(text).region(m.end(), text.length());
      while (more.lookingAt()) { // find() would try every later offset before \G failed: quadratic
        Span alias = new Span(more.start(1), more.end(1));
        links.add(new AliasLink(first.primary(), alias, first.type(), first.rule(),
            new Span(first.primary().start(), alias.end())));
        more.region(more.end(), text.length());
      }
    }
    m = IDENTIFIED_AS.matcher(text);
    while (m.find()) {
      links.add(link(text, m, EntityType.PERSON, "identified-as"));
    }
    return links;
  }

  /** The evidence is the whole match, with the quote that closes the alias when there is one. */
  private static AliasLink link(String text, Matcher m, EntityType type, String rule) {
    Span primary = new Span(m.start(1), m.end(1));
    Span alias = new Span(m.start(2), m.end(2));
    int end = m.end();
    if (end < text.length() && "\"”".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return new AliasLink(primary, alias, type, rule, new Span(m.start(), end));
  }
}
