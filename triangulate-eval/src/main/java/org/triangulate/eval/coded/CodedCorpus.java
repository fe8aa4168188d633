package org.triangulate.eval.coded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.eval.EvalException;
import org.triangulate.eval.coded.CodedRecord.Coding;
import org.triangulate.eval.coded.CodedRecord.Corpus;
import org.triangulate.model.EventType;

/**
 * Reads the coded real corpus: {@code isaf-press-releases-afghanistan.jsonl} and {@code
 * wikipedia-terrorist-incidents-2010-2019.jsonl} in a folder, each line a record with {@code id},
 * {@code text} and the source's own fields (the folder's README). The source's vocabularies are
 * mapped onto ours here, and only here; values that admit no mapping are left out, not guessed.
 */
public final class CodedCorpus {
  static final String ISAF_FILE = "isaf-press-releases-afghanistan.jsonl";
  static final String WIKIPEDIA_FILE = "wikipedia-terrorist-incidents-2010-2019.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter WIKI_DATE = DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH);
  private static final Pattern DEAD = Pattern.compile("\\A\\s*(\\d+)\\+?\\s*(?:\\(\\s*\\+\\s*(\\d+)\\s*\\))?\\s*\\z");

  private CodedCorpus() {}

  /** Every record of the folder's two files, in file order; a file that is absent is skipped. */
  public static List<CodedRecord> load(Path dir) {
    List<CodedRecord> out = new ArrayList<>();
    read(dir.resolve(ISAF_FILE), Corpus.ISAF, out);
    read(dir.resolve(WIKIPEDIA_FILE), Corpus.WIKIPEDIA, out);
    if (out.isEmpty()) {
      throw EvalException.of(dir.toString(), "holds neither " + ISAF_FILE + " nor " + WIKIPEDIA_FILE);
    }
    return out;
  }

  /** Every record's text by id, from both files of the folder. */
  public static java.util.Map<String, String> texts(Path dir) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (String f : List.of(ISAF_FILE, WIKIPEDIA_FILE)) {
      List<CodedRecord> records = new ArrayList<>();
      read(dir.resolve(f), f.equals(ISAF_FILE) ? Corpus.ISAF : Corpus.WIKIPEDIA, records);
      records.forEach(r -> out.put(r.id(), r.text()));
    }
    return out;
  }

  private static void read(Path file, Corpus corpus, List<CodedRecord> out) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(s);
        String id = n.path("id").asText("");
        String text = n.path("text").asText("");
        if (id.isEmpty() || text.isEmpty()) {
          throw EvalException.of(file + ":" + line, "a record needs an id and a text");
        }
        Coding coding = corpus == Corpus.ISAF ? isaf(n) : wikipedia(n);
        out.add(new CodedRecord(id, corpus, text, Split.of(id, text), coding));
      }
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  // ---- ISAF: start_date, event_type, province, target_group, min_killed

  private static Coding isaf(JsonNode n) {
    LocalDate date = null;
    try {
      date = n.path("start_date").isTextual() ? LocalDate.parse(n.path("start_date").asText()) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    strings(n.path("event_type")).forEach(v -> types.addAll(isafType(v)));
    List<String> places = strings(n.path("province")).stream().flatMap(g -> List.of(g.split(";")).stream())
        .map(CodedCorpus::provinceName).toList();
    List<String> actors = strings(n.path("target_group")).stream().flatMap(g -> List.of(g.split(";")).stream()).map(CodedCorpus::groupName)
        .filter(g -> !g.isEmpty()).toList();
    Integer killed = n.path("killq").asBoolean(false) && n.path("min_killed").canConvertToInt()
        && n.path("min_killed").asInt() > 0 ? n.path("min_killed").asInt() : null;
    return new Coding(date, types, places, actors, killed, null);
  }

  /** The types an ISAF event_type code admits (several codes joined by ';' admit each). */
  static Set<EventType> isafType(String code) {
    Set<EventType> out = EnumSet.noneOf(EventType.class);
    for (String c : code.split(";")) {
      switch (c.strip()) {
        case "detention" -> out.add(EventType.ARREST);
        case "captureandkill" -> out.addAll(List.of(EventType.ARREST, EventType.KILLING, EventType.ARMED_ASSAULT));
        case "insurgentskilled" -> out.addAll(List.of(EventType.KILLING, EventType.ARMED_ASSAULT,
            EventType.MISSILE_ATTACK, EventType.ASSASSINATION));
        case "airstrike" -> out.add(EventType.MISSILE_ATTACK);
        case "exchangeoffire" -> out.addAll(List.of(EventType.ARMED_ASSAULT, EventType.ATTACK));
        default -> { } // civiliancasualty and empty codes say nothing of the kind of event
      }
    }
    return out;
  }

  private static String provinceName(String code) {
    StringBuilder b = new StringBuilder();
    for (String w : code.split("_")) {
      if (!w.isEmpty()) {
        b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return b.toString();
  }

  /** ISAF's target-group codes as the names a text uses; criminals and "other" name no group. */
  static String groupName(String code) {
    return switch (code.strip()) {
      case "taliban" -> "Taliban";
      case "haqqani" -> "Haqqani";
      case "aq" -> "al-Qaeda";
      case "hig" -> "Hezb-e-Islami";
      case "let" -> "Lashkar-e-Tayyiba";
      case "imu" -> "Islamic Movement of Uzbekistan";
      case "jma" -> "Jamaat";
      default -> "";
    };
  }

  // ---- Wikipedia: date, type, location, perpetrator, dead, injured

  private static Coding wikipedia(JsonNode n) {
    LocalDate date = null;
    try {
      date = LocalDate.parse(n.path("date").asText("").strip(), WIKI_DATE);
    } catch (DateTimeParseException e) {
      date = null; // ranges of days ("September 13–14 2011") date no single day
    }
    List<String> places = List.of(n.path("location").asText("").split(",")).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<String> actors = List.of(n.path("perpetrator").asText("").split("[;/]| and ")).stream()
        .map(s -> s.replaceAll("(?i)\\((suspected|alleged|claimed|disputed)\\)|\\[.*?]", "").strip())
        .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("unknown")).toList();
    return new Coding(date, wikipediaType(n.path("type").asText("")), places, actors,
        count(n.path("dead").asText("")), count(n.path("injured").asText("")));
  }

  /** The types an editor's free-text attack type admits, by its words. */
  static Set<EventType> wikipediaType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    Set<EventType> out = EnumSet.noneOf(EventType.class);
    if (t.matches(".*(bomb|ied|explosi|grenade|landmine|mine\\b|suicide|vbied|blast).*")) {
      out.add(EventType.BOMBING);
    }
    if (t.matches(".*(shoot|gun|firing|armed attack|assault|raid|siege|ambush|clash|attack(?! \\w*(bomb))).*")) {
      out.addAll(List.of(EventType.ARMED_ASSAULT, EventType.ATTACK, EventType.KILLING));
    }
    if (t.matches(".*(kidnap|abduct|hostage).*")) {
      out.add(EventType.KIDNAPPING);
    }
    if (t.matches(".*(rocket|mortar|missile|shell|airstrike|air strike|drone).*")) {
      out.add(EventType.MISSILE_ATTACK);
    }
    if (t.matches(".*(assassinat).*")) {
      out.addAll(List.of(EventType.ASSASSINATION, EventType.KILLING));
    }
    if (t.matches(".*(massacre|stabb|behead|execution|murder|killing|lynch).*")) {
      out.addAll(List.of(EventType.KILLING, EventType.ARMED_ASSAULT));
    }
    if (t.matches(".*(arson).*")) {
      out.add(EventType.ATTACK);
    }
    return out;
  }

  /** A casualty cell as a total: "6", "5 (+1)" is 6, "10+" is 10; anything else null. */
  static @Nullable Integer count(String cell) {
    Matcher m = DEAD.matcher(cell.replaceAll("\\[\\d+]", ""));
    if (!m.matches()) {
      return null;
    }
    return Integer.parseInt(m.group(1)) + (m.group(2) != null ? Integer.parseInt(m.group(2)) : 0);
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(v -> out.add(v.asText()));
    } else if (n.isTextual() && !n.asText().isEmpty()) {
      out.add(n.asText());
    }
    return out;
  }
}
