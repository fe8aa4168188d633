package org.triangulate.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.triangulate.model.Alias;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Part;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;
import org.triangulate.pipeline.Extracted;

/**
 * Invented records of the extract job, built without CoreNLP from a seed: short reports of
 * invented people, groups and places (attacks, each with its perpetrator, place and a claim by
 * a spokesman), with the extraction a careful reader would make. For the loader's test and
 * benchmark; every name is made up.
 */
final class InventedRecords {
  static final Pipeline PIPELINE =
      new Pipeline("invented-1", List.of(new Component("hand-built", "1", Map.of())));
  private static final String[] GIVEN =
      {"Zarif", "Omar", "Haris", "Nadia", "Karim", "Laila", "Samir", "Farid", "Wali", "Sana"};
  private static final String[] FAMILY =
      {"Alokozai", "Rasuli", "Jebran", "Wardak", "Safi", "Noori", "Hamidi", "Qaderi", "Barak"};
  private static final String[] GROUPS =
      {"Khyber Front", "Eastern Brigade", "Valley Council", "Northern Watch", "Ridge Movement"};
  private static final String[] PLACES =
      {"Gardez", "Jalalabad", "Khost", "Ghazni", "Asadabad", "Sharana", "Mehtarlam"};

  private InventedRecords() {}

  /** Report {@code i} of the sequence {@code random} draws, with {@code attacks} attacks. */
  static Extracted record(Random random, int i, int attacks) {
    Text t = new Text();
    String group = GROUPS[random.nextInt(GROUPS.length)];
    String initials = initials(group);
    String place = PLACES[random.nextInt(PLACES.length)];
    String spokesman = GIVEN[random.nextInt(GIVEN.length)] + " "
        + FAMILY[random.nextInt(FAMILY.length)];
    String title = "Invented report " + i + ": attacks near " + place;
    t.title(title);
    t.say("The ").name("g", group).say(" (").alias("g", initials).say(") said on Monday its "
        + "fighters attacked posts near ").name("p", place).say(", its spokesman ")
        .name("s", spokesman).say(" said.");
    List<int[]> sentences = new ArrayList<>();
    for (int a = 0; a < attacks; a++) {
      int start = t.length() + 1;
      t.say(" In the attack number " + a + ", ").name("g", group).say(" fighters fired on a "
          + "checkpoint in ").name("p", place).say(", ").name("s", spokesman).say(" said.");
      sentences.add(new int[] {start, t.length()});
    }
    Document doc = t.document(title, random.nextLong());
    Map<String, LocalEntity> entities = t.entities(doc, Map.of("g", EntityType.ORGANIZATION,
        "p", EntityType.LOCATION, "s", EntityType.PERSON));
    List<Event> events = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int a = 0; a < attacks; a++) {
      Evidence sentence = Evidence.of(doc, new Span(sentences.get(a)[0], sentences.get(a)[1]));
      events.add(new Event("v" + a, EventType.ATTACK, new TimeSpec(null,
          TimeSpec.Precision.UNKNOWN, TimeSpec.Basis.EVENT, null, null), null, null, "p",
          List.of(new Participant("g", Role.PERPETRATOR, group),
              new Participant(null, Role.TARGET, "a checkpoint")), List.of(sentence)));
      claims.add(new Claim("c" + a, "s", null, List.of(), Modality.ASSERTED, Section.BODY, "g",
          Predicate.PERPETRATOR_OF, "v" + a, List.of(sentence)));
    }
    Extraction x = new Extraction(doc.id(), PIPELINE, List.copyOf(entities.values()), events,
        claims, List.of());
    return Extracted.of("corpus/report-" + i + ".txt", doc, x);
  }

  /** Writes {@code records} as the job's output: {@code part-00000.gz} and {@code _SUCCESS}. */
  static void write(Path dir, List<Extracted> records) throws IOException {
    Files.createDirectories(dir);
    try (Writer out = new OutputStreamWriter(new GZIPOutputStream(
        Files.newOutputStream(dir.resolve("part-00000.gz"))), StandardCharsets.UTF_8)) {
      for (Extracted x : records) {
        out.write(ExtractedJson.write(x));
        out.write('\n');
      }
    }
    Files.writeString(dir.resolve("_SUCCESS"), "");
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      b.append(w.charAt(0));
    }
    return b.toString();
  }

  /** A report's text as it is written, remembering where each entity is named. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, List<Span>> names = new LinkedHashMap<>();
    private final Map<String, List<Span>> aliases = new LinkedHashMap<>();
    private final Map<String, String> canonical = new LinkedHashMap<>();
    private int bodyStart;

    void title(String title) {
      text.append(title).append("\n\n");
      bodyStart = text.length();
    }

    Text say(String s) {
      text.append(s);
      return this;
    }

    Text name(String key, String name) {
      canonical.putIfAbsent(key, name);
      names.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Span(text.length(), text.length() + name.length()));
      text.append(name);
      return this;
    }

    Text alias(String key, String alias) {
      aliases.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Span(text.length(), text.length() + alias.length()));
      text.append(alias);
      return this;
    }

    int length() {
      return text.length();
    }

    Document document(String title, long fingerprint) {
      String all = text.toString();
      List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, title.length())),
          new Part(Section.BODY, new Span(bodyStart, all.length())));
      return new Document(new DocumentId("doc-" + sha256(all).substring(0, 16)), all, parts,
          new Metadata(title, "https://news.example/invented/" + sha256(title).substring(0, 8),
              "An Invented Reporter", null, "Invented Times", LocalDate.of(2024, 3, 4), false),
          "eng", fingerprint, new Custody(null, all.getBytes(StandardCharsets.UTF_8),
              "text/plain", "UTF-8", Instant.parse("2024-03-10T08:00:00Z")));
    }

    Map<String, LocalEntity> entities(Document doc, Map<String, EntityType> types) {
      Map<String, LocalEntity> out = new LinkedHashMap<>();
      for (var e : names.entrySet()) {
        String key = e.getKey();
        List<Mention> mentions = new ArrayList<>();
        e.getValue().forEach(s -> mentions.add(new Mention(Evidence.of(doc, s), MentionKind.NAME)));
        List<Alias> found = new ArrayList<>();
        for (Span s : aliases.getOrDefault(key, List.of())) {
          Evidence ev = Evidence.of(doc, s);
          mentions.add(new Mention(ev, MentionKind.ALIAS));
          found.add(new Alias(ev.text(), "parenthesis", ev));
        }
        mentions.sort((a, b) -> a.evidence().span().compareTo(b.evidence().span()));
        out.put(key, new LocalEntity(key, types.get(key), canonical.get(key), found, List.of(),
            mentions, null));
      }
      return out;
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
