package org.triangulate.extract.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the knowledge-base format described in the header of {@code armed-groups.txt} into
 * groups. Every error is a {@link KbException} naming the file and line. Stateless.
 */
final class KbParser {
  private KbParser() {}

  /**
   * A parsed group and where it was read.
   *
   * @param group the group
   * @param origin {@code file:line} of its {@code [id]} line
   */
  record Entry(Group group, String origin) {}

  /**
   * Parses one file's lines.
   *
   * @param file the file's name as error messages should give it
   * @throws KbException on a syntax error, a repeated id, or a surface form naming two groups
   */
  static List<Entry> parse(String file, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Entry> byId = new HashMap<>();
    RecordDraft draft = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip();
      int number = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        add(entries, byId, draft, file);
        draft = RecordDraft.open(line, location(file, number));
      } else if (draft == null) {
        throw error(file, number, "a field must follow an [id] line", line);
      } else {
        draft.field(line, location(file, number));
      }
    }
    add(entries, byId, draft, file);
    checkFormsAreUnique(entries);
    return List.copyOf(entries);
  }

  private static void add(
      List<Entry> entries, Map<String, Entry> byId, @Nullable RecordDraft draft, String file) {
    if (draft == null) {
      return;
    }
    Entry entry = new Entry(draft.build(), draft.origin());
    Entry before = byId.putIfAbsent(entry.group().id(), entry);
    if (before != null) {
      throw new KbException(entry.origin() + ": id must be unique in a file: "
          + entry.group().id() + " is also at " + before.origin());
    }
    entries.add(entry);
  }

  private static void checkFormsAreUnique(List<Entry> entries) {
    Map<String, Entry> owners = new HashMap<>();
    for (Entry entry : entries) {
      for (NameIndex.Form form : NameIndex.forms(entry.group())) {
        Entry owner = owners.putIfAbsent(form.identity(), entry);
        if (owner != null && owner != entry) {
          throw new KbException(entry.origin() + ": a name must belong to one group only: '"
              + String.join(" ", form.keys()) + "' names " + entry.group().id() + " and "
              + owner.group().id() + " (" + owner.origin() + ")");
        }
      }
    }
  }

  static String location(String file, int line) {
    return file + ":" + line;
  }

  static KbException error(String file, int line, String rule, String value) {
    return error(location(file, line), rule, value);
  }

  static KbException error(String location, String rule, String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    return new KbException(location + ": " + rule + ": " + shown);
  }
}
