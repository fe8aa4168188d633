package org.triangulate.extract.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.EntityType;

/** One record while its fields are read; {@link KbParser}'s working state. Not thread-safe. */
final class RecordDraft {
  private static final Pattern HEADER = Pattern.compile("\\[\\s*([^\\]]*?)\\s*]");
  private static final Pattern FORMER = Pattern.compile("(.*?)\\s*\\(([-–\\d\\s]+)\\)");
  private static final Set<String> SINGLE = Set.of("name", "name-match", "type", "years", "source");

  private final String id;
  private final String origin;
  private final Set<String> seen = new HashSet<>();
  private String name = "";
  private String nameMatch = "folded";
  private EntityType type = EntityType.ORGANIZATION;
  private Years years = Years.UNKNOWN;
  private String source = "";
  private final List<String> synonyms = new ArrayList<>();
  private final List<String> acronyms = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<FormerName> formerNames = new ArrayList<>();

  private RecordDraft(String id, String origin) {
    this.id = id;
    this.origin = origin;
  }

  static RecordDraft open(String line, String origin) {
    Matcher m = HEADER.matcher(line);
    if (!m.matches() || !m.group(1).matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
      throw KbParser.error(origin, "a record must open with [id], id being lower-case letters"
          + " and digits joined by '-'", line);
    }
    return new RecordDraft(m.group(1), origin);
  }

  String origin() {
    return origin;
  }

  void field(String line, String where) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw KbParser.error(where, "a field must read 'key: value'", line);
    }
    String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = line.substring(colon + 1).strip();
    if (value.isEmpty()) {
      throw KbParser.error(where, "a field must have a value", line);
    }
    if (SINGLE.contains(key) && !seen.add(key)) {
      throw KbParser.error(where, "field must appear once per record", key);
    }
    try {
      set(key, value, where);
    } catch (IllegalArgumentException e) {
      throw KbParser.error(where, e.getMessage(), line);
    }
  }

  private void set(String key, String value, String where) {
    switch (key) {
      case "name" -> name = value;
      case "name-match" -> nameMatch = oneOf(value, Set.of("folded", "exact", "none"), key);
      case "type" -> type = EntityType.valueOf(
          oneOf(value, Set.of("organization", "person"), key).toUpperCase(Locale.ROOT));
      case "years" -> years = Years.parse(value);
      case "source" -> source = value;
      case "synonyms" -> synonyms.addAll(items(value));
      case "acronyms" -> acronyms.addAll(items(value));
      case "former" -> items(value).forEach(item -> formerNames.add(former(item)));
      default -> {
        if (!Relation.TYPES.contains(key)) {
          throw KbParser.error(where, "unknown key", key);
        }
        items(value).forEach(target -> relations.add(new Relation(key, target)));
      }
    }
  }

  private static String oneOf(String value, Set<String> allowed, String key) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new IllegalArgumentException(key + " must be one of " + allowed);
    }
    return v;
  }

  private static List<String> items(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split("\\|", -1)) {
      if (item.isBlank()) {
        throw new IllegalArgumentException("a list must not have empty items");
      }
      items.add(item.strip());
    }
    return items;
  }

  private static FormerName former(String item) {
    Matcher m = FORMER.matcher(item);
    if (!m.matches()) {
      return new FormerName(item, null, null);
    }
    Years years = Years.parse(m.group(2));
    return new FormerName(m.group(1), years.from(), years.to());
  }

  Group build() {
    if (name.isEmpty()) {
      throw KbParser.error(origin, "a record must have a name", id);
    }
    List<String> matchedSynonyms = new ArrayList<>();
    List<String> matchedAcronyms = new ArrayList<>();
    if (nameMatch.equals("folded")) {
      matchedSynonyms.add(name);
    } else if (nameMatch.equals("exact")) {
      matchedAcronyms.add(name);
    }
    addNew(matchedSynonyms, synonyms);
    addNew(matchedAcronyms, acronyms);
    return new Group(id, name, type, years, matchedSynonyms, matchedAcronyms, relations,
        formerNames, source);
  }

  private static void addNew(List<String> into, List<String> values) {
    values.stream().filter(v -> !into.contains(v)).forEach(into::add);
  }
}
