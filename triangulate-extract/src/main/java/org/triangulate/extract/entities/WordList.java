package org.triangulate.extract.entities;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.triangulate.extract.LexiconFile;

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
    Set<String> entries = new LinkedHashSet<>();
    for (LexiconFile.Line line : LexiconFile.read(WordList.class, resource)) {
      entries.add(line.text().strip().toLowerCase(Locale.ROOT));
    }
    return new WordList(entries);
  }

  boolean contains(String word) {
    return entries.contains(word.toLowerCase(Locale.ROOT));
  }

  Set<String> entries() {
    return entries;
  }
}
