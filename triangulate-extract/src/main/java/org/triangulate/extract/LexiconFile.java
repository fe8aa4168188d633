package org.triangulate.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data file beside the class that reads it: the lexicons and lists the rules use. Blank lines
 * and lines starting with {@code #} (the header saying what the file is and where its facts come
 * from) are left out.
 */
public final class LexiconFile {
  private LexiconFile() {}

  /** The entries of {@code resource}, stripped, as a set. */
  public static Set<String> entries(Class<?> owner, String resource) {
    return read(owner, resource).stream().map(l -> l.text().strip()).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The entries of {@code resource} that begin with {@code kind} ("verb ", "noun "), without it:
   * one file holding several word classes, each line saying which it belongs to.
   */
  public static Set<String> entries(Class<?> owner, String resource, String kind) {
    return read(owner, resource).stream().map(l -> l.text().strip()).filter(l -> l.startsWith(kind))
        .map(l -> l.substring(kind.length()).strip()).collect(Collectors.toUnmodifiableSet());
  }

  /** One entry a line: its line number (from 1) and its text, stripped. */
  public record Line(int number, String text) {}

  /**
   * The entries of {@code resource}, found relative to {@code owner}.
   *
   * @throws ExtractException naming the file when it is missing or unreadable
   */
  public static List<Line> read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtractException("lexicon missing from the classpath: " + resource);
      }
      List<Line> lines = new ArrayList<>();
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
        n++;
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          lines.add(new Line(n, line));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new ExtractException("cannot read lexicon " + resource + ": " + e.getMessage(), e);
    }
  }
}
