package org.triangulate.extract.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The armed-groups knowledge base: the bundled {@code armed-groups.txt} (facts from the MISP
 * galaxy "Terrorist groups" and general knowledge, see its header), optionally extended or
 * overridden by user files of the same format.
 *
 * <p>{@link #lookup} resolves one name; {@link #scan} finds every known name in a text, on word
 * boundaries, preferring the longest name where two overlap ("Islamic State Khorasan Province"
 * is ISIS-K, not the Islamic State). Synonyms and former names match without regard to case,
 * accents or the choice of hyphen, dash, space or apostrophe; acronyms match only as written and
 * only as whole tokens ("IS" is not "is", and not inside "ISIS"). A scan costs O(tokens × the
 * longest name starting at a token), whatever the number of groups.
 *
 * <p>Instances are immutable and thread-safe; {@link #bundled()} is loaded once and cached.
 */
public final class KnowledgeBase {
  /** The bundled data file's name, beside this class on the class path. */
  public static final String BUNDLED_FILE = "armed-groups.txt";

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

  private final Map<String, Group> groups;
  private final NameIndex index;

  private KnowledgeBase(Map<String, Group> groups, NameIndex index) {
    this.groups = groups;
    this.index = index;
  }

  /** Holds the bundled base, read on first use. */
  private static final class Bundled {
    static final List<KbParser.Entry> ENTRIES = KbParser.parse(BUNDLED_FILE, bundledLines());
    static final KnowledgeBase INSTANCE = merge(List.of(ENTRIES));
  }

  /** The bundled knowledge base, loaded once and cached. */
  public static KnowledgeBase bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The bundled base, then each user file in order: a record whose id exists replaces that
   * record, a new id adds a group, and where two records claim the same name the later one wins.
   *
   * @throws KbException naming the file (and line) when a file cannot be read or parsed, or a
   *     relation points to an id no file defines
   */
  public static KnowledgeBase load(List<Path> userFiles) {
    List<List<KbParser.Entry>> files = new ArrayList<>();
    files.add(Bundled.ENTRIES);
    for (Path file : userFiles) {
      files.add(KbParser.parse(file.toString(), read(file)));
    }
    KnowledgeBase kb = merge(files);
    LOG.debug("Loaded {} armed groups from {} and {}", kb.groups.size(), BUNDLED_FILE, userFiles);
    return kb;
  }

  private static KnowledgeBase merge(List<List<KbParser.Entry>> files) {
    Map<String, KbParser.Entry> merged = new LinkedHashMap<>();
    Set<String> fromUsers = new HashSet<>();
    for (int f = 0; f < files.size(); f++) {
      for (KbParser.Entry entry : files.get(f)) {
        merged.put(entry.group().id(), entry);
        if (f > 0) {
          fromUsers.add(entry.group().id());
        }
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    merged.forEach((id, entry) -> groups.put(id, entry.group()));
    checkTargets(merged.values(), groups);
    // Index records from user files last, so their names win over the bundled ones.
    List<Group> byPriority = new ArrayList<>();
    groups.values().stream().filter(g -> !fromUsers.contains(g.id())).forEach(byPriority::add);
    groups.values().stream().filter(g -> fromUsers.contains(g.id())).forEach(byPriority::add);
    return new KnowledgeBase(Collections.unmodifiableMap(groups), NameIndex.of(byPriority));
  }

  private static void checkTargets(Iterable<KbParser.Entry> entries, Map<String, Group> groups) {
    for (KbParser.Entry entry : entries) {
      for (Relation relation : entry.group().relations()) {
        if (!groups.containsKey(relation.target())) {
          throw new KbException(entry.origin() + ": a relation must point to a known id: "
              + entry.group().id() + " " + relation);
        }
      }
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new KbException(file + ": knowledge-base file must be UTF-8", e);
    } catch (IOException e) {
      throw new KbException(file + ": cannot read knowledge-base file: " + e.getMessage(), e);
    }
  }

  private static List<String> bundledLines() {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(BUNDLED_FILE)) {
      if (in == null) {
        throw new KbException(BUNDLED_FILE + ": bundled knowledge base missing from class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new KbException(BUNDLED_FILE + ": cannot read bundled knowledge base", e);
    }
  }

  /** The group with this id, if any. */
  public Optional<Group> find(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  /**
   * The group with this id.
   *
   * @throws KbException when no group has it
   */
  public Group group(String id) {
    return find(id).orElseThrow(() -> new KbException("group id must be known: " + id));
  }

  /** The group that {@code surfaceForm} names as a whole; a leading "the" may be present. */
  public Optional<Group> lookup(String surfaceForm) {
    return index.whole(surfaceForm).map(NameIndex.Form::group);
  }

  /** Every known name in {@code text}, longest first where two overlap, in text order. */
  public List<KbMatch> scan(String text) {
    return index.scan(text);
  }

  /** All groups, in file order (bundled first). */
  public List<Group> groups() {
    return List.copyOf(groups.values());
  }

  /**
   * The groups with a relation of {@code type} pointing to {@code id}: {@code related("isis",
   * Relation.BRANCH_OF)} gives the Islamic State's branches.
   */
  public List<Group> related(String id, String type) {
    return groups.values().stream().filter(g -> g.has(type, id)).toList();
  }
}
