package org.triangulate.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.triangulate.extract.ExtractException;

/**
 * A lexicon read from a data file beside this class: one entry per line, {@code #} comments.
 * Entries are case-folded.
 */
final class WordList {
  private final Set<String> entries;

  private WordList(Set<String> entries) {
    this.entries = Set.copyOf(entries);
  }

  static WordList load(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtractException("lexicon missing from the classpath: " + resource);
      }
      Set<String> entries = new LinkedHashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry.toLowerCase(Locale.ROOT));
        }
      }
      return new WordList(entries);
    } catch (IOException e) {
      throw new ExtractException("cannot read lexicon " + resource + ": " + e.getMessage(), e);
    }
  }

  boolean contains(String word) {
    return entries.contains(word.toLowerCase(Locale.ROOT));
  }

  Set<String> entries() {
    return entries;
  }
}
