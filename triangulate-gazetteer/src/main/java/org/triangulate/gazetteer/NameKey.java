package org.triangulate.gazetteer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The key a name is indexed under: lower case, without accents, apostrophes or dots, hyphens as
 * spaces ("Kābul" and "KABUL" → "kabul", "Sar-e Pol" → "sar e pol"). Also strips a designator
 * such as "city" or "province" from a name and says which kind of place it asks for.
 */
final class NameKey {
  /** A name without its designator and the kind the designator asks for (null: any). */
  record Designated(String key, Place.@Nullable Kind kind) {}

  private record Designator(String words, boolean prefix, Place.@Nullable Kind kind) {}

  private static final List<Designator> DESIGNATORS = List.of(
      new Designator("city", false, Place.Kind.CITY),
      new Designator("town", false, Place.Kind.CITY),
      new Designator("village", false, Place.Kind.CITY),
      new Designator("district", false, null),
      new Designator("province", false, Place.Kind.PROVINCE),
      new Designator("governorate", false, Place.Kind.PROVINCE),
      new Designator("region", false, Place.Kind.PROVINCE),
      new Designator("state", false, Place.Kind.PROVINCE),
      new Designator("oblast", false, Place.Kind.PROVINCE),
      new Designator("prefecture", false, Place.Kind.PROVINCE),
      new Designator("city of", true, Place.Kind.CITY),
      new Designator("town of", true, Place.Kind.CITY),
      new Designator("province of", true, Place.Kind.PROVINCE),
      new Designator("governorate of", true, Place.Kind.PROVINCE),
      new Designator("the", true, null));

  /**
   * The Arabic article as GeoNames and reporters spell it before a name ("Al Anbar", "Ar Ramadi",
   * "As Sulaymaniyah", "el-Arish"), the sun letters assimilated.
   */
  private static final Pattern ARABIC_ARTICLE =
      Pattern.compile("^(?:al|el|an|ar|as|ash|at|ath|ad|adh|az) (?=\\S)");

  /** Countries where place names carry the Arabic article: the Arab League's members. */
  private static final Set<String> ARABIC_COUNTRIES = Set.of("DZ", "BH", "KM",
      "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY",
      "TN", "AE", "YE", "EH");

  private NameKey() {}

  /** The key without a leading Arabic article ("al anbar" → "anbar"); empty when it has none. */
  static Optional<String> withoutArticle(String key) {
    Matcher m = ARABIC_ARTICLE.matcher(key);
    return m.find() ? Optional.of(key.substring(m.end())) : Optional.empty();
  }

  /** Whether the names of the country's places carry the Arabic article. */
  static boolean arabicNamed(String country) {
    return ARABIC_COUNTRIES.contains(country);
  }

  /** The folded key of a name; empty for a name of punctuation only. */
  static String of(String name) {
    String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(s.length());
    boolean space = true; // drops leading spaces and collapses runs
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '.' || c == '\u2010'
          || c == '\u2013') {
        if (!space) {
          key.append(' ');
        }
        space = true;
        continue;
      }
      appendLetter(key, Character.toLowerCase(c));
      space = false;
    }
    int end = key.length();
    return space && end > 0 ? key.substring(0, end - 1) : key.toString();
  }

  /** "kabul province" → ("kabul", PROVINCE); empty when the key carries no designator. */
  static Optional<Designated> designated(String key) {
    for (Designator d : DESIGNATORS) {
      String rest = d.prefix()
          ? (key.startsWith(d.words() + " ") ? key.substring(d.words().length() + 1) : "")
          : (key.endsWith(" " + d.words()) ? key.substring(0, key.length() - d.words().length() - 1) : "");
      if (!rest.isEmpty()) {
        return Optional.of(new Designated(rest, d.kind()));
      }
    }
    return Optional.empty();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u02BB'
        || c == '\u02BC' || c == '\u02BE' || c == '\u02BF';
  }

  /** Appends a letter, spelling out those Unicode does not decompose into base and mark. */
  private static void appendLetter(StringBuilder key, char c) {
    switch (c) {
      case 'ø' -> key.append('o');
      case 'ł' -> key.append('l');
      case 'đ', 'ð' -> key.append('d');
      case 'ħ' -> key.append('h');
      case 'ı' -> key.append('i');
      case 'ß' -> key.append("ss");
      case 'æ' -> key.append("ae");
      case 'œ' -> key.append("oe");
      case 'þ' -> key.append("th");
      default -> key.append(c);
    }
  }
}
