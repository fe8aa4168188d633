package org.triangulate.ingest.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Page chrome that is not the article: rating prompts, comment-section headings and policies,
 * share and subscribe prompts, character counters. Matched on whole paragraphs,
 * case-insensitively, so an article sentence that merely mentions comments is kept.
 */
public final class Boilerplate {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int MAX_HEADER_LINE = 120;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'’”)]?\\s*$");
  private static final Pattern COMMENT_HEADING =
      Pattern.compile("(\\d+\\s+)?(comments?|responses?|replies)(\\s*\\(\\d+\\))?:?", FLAGS);
  private static final List<Pattern> COMMENT_START =
      List.of(
          COMMENT_HEADING,
          Pattern.compile("comment policy\\b.{0,200}", FLAGS),
          Pattern.compile("(leave|post|add|write) a (comment|reply)\\b.{0,120}", FLAGS),
          Pattern.compile("(reader|your|join the) (comments?|discussion|conversation)", FLAGS));
  private static final List<Pattern> CHROME =
      List.of(
          Pattern.compile("(do you )?(like|liked|enjoy|enjoyed) this (article|story)\\??", FLAGS),
          Pattern.compile("was this (article|story) (useful|helpful)\\??", FLAGS),
          Pattern.compile("\\*?\\s*denotes required fields?\\.?.{0,40}", FLAGS),
          Pattern.compile("\\d+\\s*/\\s*\\d+", FLAGS),
          Pattern.compile("share (this|on|via)\\b[^.]{0,60}", FLAGS),
          Pattern.compile("(follow us|subscribe|sign up)\\b[^.]{0,60}", FLAGS),
          Pattern.compile("(related|more)( articles| stories| posts| news)?:?", FLAGS),
          Pattern.compile("(read more|see also)\\b[^.]{0,80}", FLAGS),
          Pattern.compile("(advertisement|print|e-?mail|tweet|share)", FLAGS),
          Pattern.compile("(yes|no|reply|submit|post comment|send|cancel|load more)", FLAGS),
          Pattern.compile("(name|e-?mail|website|comment)\\s*\\*", FLAGS));

  private Boilerplate() {}

  /** True when the paragraph opens a comment section ("3 Comments", "Comment Policy …"). */
  /**
   * A line of a release's header rather than prose: short and without a sentence's final stop (an
   * issuer, a release number, "For Immediate Release", a dateline on its own line).
   */
  public static boolean isHeaderLine(String line) {
    return line.length() <= MAX_HEADER_LINE && !SENTENCE_END.matcher(line).find();
  }

  public static boolean startsComments(String paragraph) {
    String p = paragraph.strip();
    return COMMENT_START.stream().anyMatch(re -> re.matcher(p).matches());
  }

  /** True when the paragraph is page chrome, comment-section headings included. */
  public static boolean isChrome(String paragraph) {
    String p = paragraph.strip();
    return startsComments(p) || CHROME.stream().anyMatch(re -> re.matcher(p).matches());
  }
}
