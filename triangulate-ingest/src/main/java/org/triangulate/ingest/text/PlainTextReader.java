package org.triangulate.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.article.Article;
import org.triangulate.ingest.article.Boilerplate;
import org.triangulate.ingest.article.Comment;

/**
 * Reads an article pasted as plain text. Paragraphs are blocks separated by blank lines (when the
 * text has no blank line at all, every line is a paragraph). An optional {@link HeaderBlock}
 * comes first; without a {@code Title} header, a first paragraph of one short line without final
 * punctuation is the title. Everything after the first comment-section heading ("3 Comment",
 * "Comment Policy …", "Leave a comment") is reader comments, one per block. Stateless and
 * thread-safe; O(n).
 */
public final class PlainTextReader {
  /** Line ends, Unicode's line and paragraph separators among them (pasted press releases use U+2028). */
  private static final Pattern LINE_END = Pattern.compile("\r\n?|[\n\u2028\u2029]");
  private static final int MAX_TITLE = 250;
  private static final Pattern EDITORS_NOTE = Pattern.compile("\\[[^\\[\\]]{3,300}\\]");

  private PlainTextReader() {}

  /** The article in {@code text}, not yet cleaned. */
  public static Article read(String text) {
    return read(text, true);
  }

  /**
   * Like {@link #read(String)}; without {@code findTitle} a first short line stays in the body
   * (the caller knows the title from elsewhere).
   */
  public static Article read(String text, boolean findTitle) {
    List<List<String>> blocks = blocks(text);
    String note = editorsNote(blocks);
    HeaderBlock header = null;
    if (!blocks.isEmpty()) {
      header = HeaderBlock.parse(blocks.get(0)).orElse(null);
      if (header != null) {
        blocks.remove(0);
      }
    }
    if (blocks.size() == 1 && blocks.get(0).size() > 1) {
      blocks = blocks.get(0).stream().map(List::of).toList();
    }
    int commentStart = commentStart(blocks);
    List<String> body = new ArrayList<>();
    blocks.subList(0, commentStart).forEach(b -> body.add(String.join(" ", b)));
    List<Comment> comments = comments(blocks.subList(commentStart, blocks.size()));
    String title = header != null ? header.title() : null;
    if (findTitle && title == null && body.size() > 1 && looksLikeTitle(blocks.get(0))) {
      title = body.remove(0);
    } else if (findTitle && title == null && body.size() > 1 && titleOverHeaderLines(blocks.get(0))) {
      // "Forces Detain Courier in Ghazni" over "ISAF Joint Command … 2010-07-CA-222 … For Immediate Release"
      List<String> first = blocks.get(0);
      title = first.get(0);
      // the header lines are a paragraph of their own, the lead after them another
      int lead = 1;
      while (lead < first.size() && Boilerplate.isHeaderLine(first.get(lead))) {
        lead++;
      }
      body.set(0, String.join(" ", first.subList(1, lead)));
      if (lead < first.size()) {
        body.add(1, String.join(" ", first.subList(lead, first.size())));
      }
    }
    if (note != null) {
      body.add(0, note);
    }
    return header == null
        ? new Article(title, null, null, null, null, body, List.of(), comments)
        : new Article(
            title,
            header.url(),
            header.byline(),
            header.source(),
            header.published(),
            body,
            List.of(),
            comments);
  }

  /**
   * Takes off a first line wholly in square brackets ("[Invented sample …]", "[Updated …]"): an
   * editor's note, which is neither the title nor a header line. It is kept, as the first body
   * paragraph, so no text is lost.
   */
  private static @Nullable String editorsNote(List<List<String>> blocks) {
    if (blocks.isEmpty() || !EDITORS_NOTE.matcher(blocks.get(0).get(0).strip()).matches()) {
      return null;
    }
    List<String> first = new ArrayList<>(blocks.get(0));
    String note = first.remove(0).strip();
    if (first.isEmpty()) {
      blocks.remove(0);
    } else {
      blocks.set(0, first);
    }
    return note;
  }

  private static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : LINE_END.split(text, -1)) {
      if (line.replace('\u00a0', ' ').isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip());
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  private static int commentStart(List<List<String>> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).stream().anyMatch(Boilerplate::startsComments)) {
        return i;
      }
    }
    return blocks.size();
  }

  /** One comment per block, chrome lines ("Reply", "1500 / 1500") left out. */
  private static List<Comment> comments(List<List<String>> blocks) {
    List<Comment> comments = new ArrayList<>();
    for (List<String> block : blocks) {
      List<String> lines = block.stream().filter(l -> !Boilerplate.isChrome(l)).toList();
      if (!lines.isEmpty()) {
        comments.add(new Comment(String.join(" ", lines)));
      }
    }
    return comments;
  }

  /**
   * A first block whose first line reads as a title and whose other lines are header lines (an
   * issuer, a release number, "For Immediate Release": short, without a sentence's final stop), as
   * press releases pasted as text have it.
   */
  /**
   * A first line that looks like a title over a release's header lines ("ISAF Joint Command -
   * Afghanistan", "2010-08-CA-055", "For Immediate Release"), whether or not the lead follows in
   * the same block; a first line over prose is no title.
   */
  private static boolean titleOverHeaderLines(List<String> block) {
    return block.size() > 1 && looksLikeTitle(block.subList(0, 1)) && Boilerplate.isHeaderLine(block.get(1));
  }

  private static boolean looksLikeTitle(@Nullable List<String> block) {
    if (block == null || block.size() != 1) {
      return false;
    }
    String line = block.get(0);
    char last = line.charAt(line.length() - 1);
    return line.length() <= MAX_TITLE && ".,;:".indexOf(last) < 0;
  }
}
