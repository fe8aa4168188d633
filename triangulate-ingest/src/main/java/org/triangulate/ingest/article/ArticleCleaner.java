package org.triangulate.ingest.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.internal.Whitespace;

/**
 * Cleans an {@link Article} the same way whatever it was read from: collapses whitespace inside
 * each piece, drops page chrome ({@link Boilerplate}), takes a "By …" line out of the body into
 * the byline, and moves photo captions out of the body. A caption is a paragraph that ends in a
 * bracketed credit ("[File]", "[Name/AFP]") or that appears more than once verbatim; repeated
 * captions are kept once. Words are never rewritten. Stateless and thread-safe.
 */
public final class ArticleCleaner {
  private static final Pattern BYLINE =
      Pattern.compile("(?i:by)\\s+(\\p{Lu}[^.!?:;]{0,80}[^.!?:;\\s])");
  private static final Pattern BRACKET_CREDIT =
      Pattern.compile(
          "\\[(?:(?i:files?|file photo|photo)|[^\\[\\]/]{1,60}/[^\\[\\]]{1,60}"
              + "|(?i:photo|image|courtesy)\\b[^\\[\\]]{0,60}"
              + "|[^\\[\\]]{0,60}\\b(?:AFP|AP|Reuters|EPA|Getty Images|Anadolu|Xinhua)\\b"
              + ")\\]\\s*$");
  private static final Pattern PAREN_CREDIT =
      Pattern.compile("\\((?i:file|file photo|photo:?[^()]{1,60}|courtesy[^()]{1,60})\\)\\s*$");
  private static final int BYLINE_WINDOW = 3;

  private ArticleCleaner() {}

  /** The cleaned article. */
  public static Article clean(Article raw) {
    String title = Whitespace.collapseToNull(raw.title());
    List<String> body = Datelines.splitDated(paragraphs(raw.body()));
    if (title != null && !body.isEmpty() && body.get(0).equalsIgnoreCase(title)) {
      body.remove(0);
    }
    String byline = takeByline(body, stripBy(Whitespace.collapseToNull(raw.byline())));
    Set<String> captions = new LinkedHashSet<>(paragraphs(raw.captions()));
    List<String> kept = separateCaptions(body, captions);
    List<Comment> comments = new ArrayList<>();
    for (Comment c : raw.comments()) {
      String text = Whitespace.collapse(c.text());
      if (!text.isEmpty() && !Boilerplate.isChrome(text)) {
        comments.add(new Comment(text, Whitespace.collapseToNull(c.author()), c.date()));
      }
    }
    return raw.with(title, byline).with(kept, List.copyOf(captions), comments);
  }

  /** True when the paragraph ends in a photo credit such as "[File]" or "[Name/AFP]". */
  public static boolean endsInCredit(String paragraph) {
    return BRACKET_CREDIT.matcher(paragraph).find() || PAREN_CREDIT.matcher(paragraph).find();
  }

  private static List<String> paragraphs(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String p : raw) {
      String c = Whitespace.collapse(p);
      if (!c.isEmpty() && !Boilerplate.isChrome(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Removes a "By …" paragraph near the top of the body; its name is the byline if none. */
  private static @Nullable String takeByline(List<String> body, @Nullable String byline) {
    for (int i = 0; i < Math.min(BYLINE_WINDOW, body.size()); i++) {
      Matcher m = BYLINE.matcher(body.get(i));
      if (m.matches()) {
        body.remove(i);
        return byline != null ? byline : m.group(1);
      }
    }
    return byline;
  }

  private static @Nullable String stripBy(@Nullable String byline) {
    if (byline == null) {
      return null;
    }
    Matcher m = BYLINE.matcher(byline);
    return m.matches() ? m.group(1) : byline;
  }

  private static List<String> separateCaptions(List<String> body, Set<String> captions) {
    Map<String, Integer> counts = new HashMap<>();
    body.forEach(p -> counts.merge(p.toLowerCase(Locale.ROOT), 1, Integer::sum));
    List<String> kept = new ArrayList<>();
    for (String p : body) {
      boolean repeated = counts.get(p.toLowerCase(Locale.ROOT)) > 1;
      if (repeated || endsInCredit(p) || captions.contains(p)) {
        captions.add(p);
      } else {
        kept.add(p);
      }
    }
    return kept;
  }
}
