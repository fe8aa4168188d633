package org.triangulate.graph.resolve;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matching keys for names, so that spellings of one name compare equal.
 *
 * <ul>
 *   <li>{@link #tokens}: honorifics and titles dropped ({@code honorifics.txt}), Arabic script
 *       transliterated by ICU {@code Any-Latin; Latin-ASCII}, case-folded, punctuation removed,
 *       the Arabic article joined to what follows ("al-Rahman" → "alrahman").
 *   <li>{@link #loose}: each token with common variant pairs unified (ee/ea → i, oo/ou → u, o → u,
 *       e → i, a final h after a vowel dropped, q → k, kh → k, dh → d, gh → g, ph → f, w → v, y → i) and doubled letters
 *       collapsed: "Haqqani" and "Haqani" both give {@code hakani}. Used for organisations and
 *       places, whose acronyms must keep their vowels ("ISI" is not "ISIS").
 *   <li>{@link #skeleton}: the loose form of the whole name without its spaces and without the
 *       vowels after the first letter, doubled letters collapsed again: "Mohammad", "Muhammad"
 *       and "Mohammed" give {@code mhmd}; "Baseer", "Baseeer" and "Basir" give {@code bsr};
 *       "محمد" transliterates to {@code mhmd} too. Used for people.
 * </ul>
 *
 * <p>Thread-safe: the lexicons are immutable and the ICU transliterator is used under a lock.
 */
public final class NameKeys {
  private static final Pattern SPLIT = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z0-9]");
  private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private static final Set<String> HONORIFICS = lexicon("honorifics.txt", false);
  private static final Set<String> COMMON = lexicon("common-names.txt", true);

  private NameKeys() {}

  /**
   * The name's words: titles and honorifics dropped from the front (and "sahib" from the end),
   * transliterated to ASCII, case-folded, without punctuation; never empty when the name has a
   * letter (a name that is only a title keeps it).
   */
  public static List<String> tokens(String name) {
    List<String> raw = new ArrayList<>();
    for (String word : SPLIT.split(name.strip())) {
      if (!word.isEmpty()) {
        raw.add(word);
      }
    }
    int from = 0;
    while (from < raw.size() - 1 && isHonorific(raw.get(from))) {
      from++;
    }
    int to = raw.size();
    while (to - 1 > from && isHonorific(raw.get(to - 1))) {
      to--;
    }
    List<String> out = new ArrayList<>();
    for (String word : raw.subList(from, to)) {
      String ascii = NOT_LETTER.matcher(ascii(word).toLowerCase(Locale.ROOT).replace("'", ""))
          .replaceAll(" ").strip();
      for (String part : SPLIT.split(ascii)) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return joinArticles(out);
  }

  /** "al rahman" → "alrahman": the article belongs to the name that follows it. */
  private static List<String> joinArticles(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if ((t.equals("al") || t.equals("el") || t.equals("ul") || t.equals("ud"))
          && i + 1 < tokens.size()) {
        out.add("al" + tokens.get(++i));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether {@code word} is a title or honorific, with or without a trailing dot. */
  public static boolean isHonorific(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    while (w.endsWith(".") || w.endsWith(",")) {
      w = w.substring(0, w.length() - 1);
    }
    return HONORIFICS.contains(w);
  }

  /**
   * The loose key of a whole name: its loose tokens joined without spaces, so that "Jalal Abad"
   * and "Jalalabad" compare equal.
   */
  public static String loose(String name) {
    return looseOf(tokens(name));
  }

  /** The loose key of already tokenized words. */
  public static String looseOf(List<String> tokens) {
    return String.join("", tokens.stream().map(NameKeys::looseToken).toList());
  }

  /** One token with variant pairs unified and doubled letters collapsed. */
  public static String looseToken(String token) {
    String t = token.replaceAll("([aeiou])h$", "$1").replaceAll("e{2,}|ea", "i").replaceAll("o{2,}|ou", "u")
        .replace("kh", "k").replace("dh", "d").replace("gh", "g").replace("ph", "f")
        .replace('q', 'k').replace('o', 'u').replace('e', 'i').replace('w', 'v').replace('y', 'i');
    return collapse(t);
  }

  /** The skeleton of a whole name (see the class comment); empty when it has no letters. */
  public static String skeleton(String name) {
    return skeletonOf(tokens(name));
  }

  /** The skeleton of already tokenized words. */
  public static String skeletonOf(List<String> tokens) {
    return tokenSkeleton(String.join("", tokens.stream().map(NameKeys::looseToken).toList()));
  }

  /** The skeleton of one (loose) token: first letter kept, later vowels dropped. */
  public static String tokenSkeleton(String token) {
    String loose = looseToken(token);
    if (loose.isEmpty()) {
      return loose;
    }
    StringBuilder out = new StringBuilder().append(loose.charAt(0));
    for (int i = 1; i < loose.length(); i++) {
      char c = loose.charAt(i);
      if ("aiu".indexOf(c) < 0 && c != out.charAt(out.length() - 1)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The initials key of a person's name: the first letter of the first word, a dot, and the
   * skeleton of the last word ({@code m.kn} for "Mohammad Khan" and "M. Khan"); empty for a
   * name of one word.
   */
  public static String initials(List<String> tokens) {
    if (tokens.size() < 2) {
      return "";
    }
    return tokens.get(0).charAt(0) + "." + tokenSkeleton(tokens.get(tokens.size() - 1));
  }

  /** Whether the first word is an initial ("M. Khan"). */
  public static boolean startsWithInitial(List<String> tokens) {
    return tokens.size() >= 2 && tokens.get(0).length() == 1;
  }

  /** Whether a token (in any spelling) is in the lexicon of very common names. */
  public static boolean isCommonToken(String token) {
    return COMMON.contains(tokenSkeleton(token.toLowerCase(Locale.ROOT)));
  }

  /** {@code s} in ASCII: Arabic script and accented Latin transliterated by ICU. */
  static String ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        synchronized (TO_LATIN) {
          return TO_LATIN.transliterate(s);
        }
      }
    }
    return s;
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /** Reads a lexicon beside this class: one entry a line, {@code #} comments. */
  private static Set<String> lexicon(String file, boolean asSkeletons) {
    Set<String> out = new HashSet<>();
    try (InputStream in = NameKeys.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("lexicon missing from the classpath: " + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip().toLowerCase(Locale.ROOT);
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(asSkeletons ? tokenSkeleton(entry) : entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file, e);
    }
    return Set.copyOf(out);
  }
}
