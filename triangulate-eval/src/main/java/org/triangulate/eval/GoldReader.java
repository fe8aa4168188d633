package org.triangulate.eval;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * Reads one {@code NAME.gold.json} and checks it: known keys only, values from the export's
 * vocabularies, anchors found verbatim (whitespace aside) in the document, every name and {@code
 * #id} resolving. Errors name the file and the field path ({@code events[2].participants[0].role})
 * or, for JSON syntax, the line and column. Not thread-safe; use one per load.
 */
final class GoldReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern TIME_VALUE =
      Pattern.compile("(\\.\\.|" + DATE + ")/" + DATE + "|" + DATE);

  private final String file;
  private final String documentText;

  /**
   * @param file the gold file's name, for messages
   * @param documentText the annotated document's text, markup removed, whitespace squeezed out
   */
  GoldReader(String file, String documentText) {
    this.file = file;
    this.documentText = documentText;
  }

  /** Parses the gold file's content. */
  static JsonNode parse(String file, String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonParseException e) {
      var at = e.getLocation();
      throw new EvalException(file + " line " + at.getLineNr() + ", column " + at.getColumnNr()
          + ": malformed JSON: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw EvalException.of(file, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  GoldDocument read(JsonNode root) {
    keys(root, "", "document", "published", "publishedInferred", "byline", "dateline",
        "entities", "events", "claims", "note");
    String document = text(root, "", "document");
    LocalDate[] published = published(root.get("published"));
    List<GoldEntity> entities = list(root, "entities", this::entity);
    List<GoldEvent> events = list(root, "events", this::event);
    List<GoldClaim> claims = list(root, "claims", this::claim);
    Boolean inferred = root.hasNonNull("publishedInferred")
        ? bool(root, "", "publishedInferred") : null;
    GoldDocument gold = new GoldDocument(document, published[0], published[1], inferred,
        optionalText(root, "", "byline"), optionalText(root, "", "dateline"),
        entities, events, claims);
    resolve(gold);
    return gold;
  }

  private LocalDate[] published(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return new LocalDate[] {null, null};
    }
    String[] parts = node.asText().split("/", -1);
    try {
      LocalDate from = LocalDate.parse(parts[0]);
      LocalDate to = parts.length > 1 ? LocalDate.parse(parts[1]) : from;
      if (parts.length > 2 || to.isBefore(from)) {
        throw fail("published", "expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, got '" + node.asText() + "'");
      }
      return new LocalDate[] {from, to};
    } catch (DateTimeParseException e) {
      throw fail("published", "expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, got '" + node.asText() + "'");
    }
  }

  private GoldEntity entity(JsonNode n, String at) {
    keys(n, at, "type", "name", "aliases", "descriptions", "optional", "note");
    return new GoldEntity(vocabulary(n, at, "type", EntityType.values()), text(n, at, "name"),
        texts(n, at, "aliases"), texts(n, at, "descriptions"), flag(n, at));
  }

  private GoldEvent event(JsonNode n, String at) {
    keys(n, at, "id", "type", "anchor", "time", "killed", "injured", "place", "participants",
        "optional", "note");
    List<GoldParticipant> participants = new ArrayList<>();
    JsonNode ps = n.path("participants");
    for (int i = 0; i < ps.size(); i++) {
      participants.add(participant(ps.get(i), at + ".participants[" + i + "]"));
    }
    return new GoldEvent(text(n, at, "id"), vocabulary(n, at, "type", EventType.values()),
        anchors(n, at), time(n.get("time"), at + ".time"), counts(n, at, "killed"),
        counts(n, at, "injured"), oneOrMany(n, at, "place"), participants, flag(n, at));
  }

  private @Nullable GoldTime time(@Nullable JsonNode n, String at) {
    if (n == null || n.isNull()) {
      return null;
    }
    keys(n, at, "value", "precision", "basis", "text");
    String value = text(n, at, "value");
    if (!TIME_VALUE.matcher(value).matches()) {
      throw fail(at + ".value", "expected an ISO-8601 date, month, year or range, got '" + value + "'");
    }
    String precision = vocabulary(n, at, "precision", TimeSpec.Precision.values());
    if (precision.equals("UNKNOWN")) {
      throw fail(at + ".precision", "UNKNOWN needs no value: write \"time\": null");
    }
    return new GoldTime(value, precision, vocabulary(n, at, "basis", TimeSpec.Basis.values()));
  }

  private GoldParticipant participant(JsonNode n, String at) {
    keys(n, at, "role", "name", "text", "optional");
    String name = optionalText(n, at, "name");
    String text = optionalText(n, at, "text");
    if (name == null && text == null) {
      throw fail(at, "a participant needs a name (of a gold entity) or a text");
    }
    return new GoldParticipant(vocabulary(n, at, "role", Role.values()), name, text, flag(n, at));
  }

  private GoldClaim claim(JsonNode n, String at) {
    keys(n, at, "anchor", "speaker", "speakerText", "via", "modality", "section", "subject",
        "predicate", "object", "optional", "note");
    List<String> speakers = oneOrMany(n, at, "speaker");
    String speakerText = optionalText(n, at, "speakerText");
    if (speakers.isEmpty() && speakerText == null) {
      throw fail(at, "a claim needs a speaker (a gold entity) or a speakerText");
    }
    String section = text(n, at, "section");
    if (Arrays.stream(Section.values()).noneMatch(s -> s.label().equals(section))) {
      throw fail(at + ".section", "unknown value '" + section + "' (expected one of title, body, caption, comment)");
    }
    return new GoldClaim(anchors(n, at), speakers, speakerText, texts(n, at, "via"),
        vocabulary(n, at, "modality", Modality.values()), section, text(n, at, "subject"),
        vocabulary(n, at, "predicate", Predicate.values()), optionalText(n, at, "object"),
        flag(n, at));
  }

  /** Every name and #id refers to something in the same gold file; event ids are unique. */
  private void resolve(GoldDocument gold) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < gold.events().size(); i++) {
      GoldEvent e = gold.events().get(i);
      String at = "events[" + i + "]";
      if (!ids.add(e.id())) {
        throw fail(at + ".id", "duplicate event id '" + e.id() + "'");
      }
      e.places().forEach(p -> entityRef(gold, at + ".place", p));
      for (int j = 0; j < e.participants().size(); j++) {
        String name = e.participants().get(j).name();
        if (name != null) {
          entityRef(gold, at + ".participants[" + j + "].name", name);
        }
      }
    }
    for (int i = 0; i < gold.claims().size(); i++) {
      GoldClaim c = gold.claims().get(i);
      String at = "claims[" + i + "]";
      c.speakers().forEach(s -> entityRef(gold, at + ".speaker", s));
      c.via().forEach(v -> entityRef(gold, at + ".via", v));
      ref(gold, at + ".subject", c.subject());
      if (c.object() != null) {
        ref(gold, at + ".object", c.object());
      }
    }
  }

  private void ref(GoldDocument gold, String at, String ref) {
    if (ref.startsWith("#")) {
      if (gold.findEvent(ref).isEmpty()) {
        throw fail(at, "no event with id '" + ref.substring(1) + "'");
      }
    } else {
      entityRef(gold, at, ref);
    }
  }

  private void entityRef(GoldDocument gold, String at, String name) {
    if (gold.findEntity(name).isEmpty()) {
      throw fail(at, "'" + name + "' is not the name or alias of an entity of this file");
    }
  }

  private List<String> anchors(JsonNode n, String at) {
    List<String> anchors = oneOrMany(n, at, "anchor");
    if (anchors.isEmpty()) {
      throw fail(at + ".anchor", "required");
    }
    for (String a : anchors) {
      String squeezed = Compact.squeeze(a);
      if (squeezed.isEmpty() || !documentText.contains(squeezed)) {
        throw fail(at + ".anchor", "not found verbatim (whitespace aside) in the document: '"
            + abbreviate(a) + "'");
      }
    }
    return anchors;
  }

  private <T> List<T> list(JsonNode root, String field, Item<T> item) {
    JsonNode arr = root.path(field);
    if (!arr.isArray()) {
      throw fail(field, "expected an array");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      JsonNode n = arr.get(i);
      String at = field + "[" + i + "]";
      if (!n.isObject()) {
        throw fail(at, "expected an object");
      }
      out.add(item.read(n, at));
    }
    return out;
  }

  private void keys(JsonNode n, String at, String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!ok.contains(k)) {
        throw fail(join(at, k), "unknown key (expected one of " + String.join(", ", allowed) + ")");
      }
    }
  }

  private String text(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw fail(join(at, field), "required, a non-empty string");
    }
    return v.asText();
  }

  private @Nullable String optionalText(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw fail(join(at, field), "expected a non-empty string or null");
    }
    return v.asText();
  }

  private List<String> texts(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw fail(join(at, field), "expected an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
        throw fail(join(at, field) + "[" + i + "]", "expected a non-empty string");
      }
      out.add(v.get(i).asText());
    }
    return out;
  }

  /** A string, or an array of accepted strings; null or absent is empty. */
  private List<String> oneOrMany(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v != null && v.isTextual()) {
      return List.of(text(n, at, field));
    }
    return texts(n, at, field);
  }

  /** An integer, or an array of accepted integers; null or absent is empty (no count given). */
  private List<Integer> counts(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    List<Integer> out = new ArrayList<>();
    for (JsonNode i : items) {
      if (!i.isInt() || i.asInt() < 0) {
        throw fail(join(at, field), "expected a count (integer >= 0), an array of counts, or null");
      }
      out.add(i.asInt());
    }
    return out;
  }

  private boolean bool(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isBoolean()) {
      throw fail(join(at, field), "expected true or false");
    }
    return v.asBoolean();
  }

  private boolean flag(JsonNode n, String at) {
    return n.has("optional") && bool(n, at, "optional");
  }

  private <E extends Enum<E>> String vocabulary(JsonNode n, String at, String field, E[] values) {
    String v = text(n, at, field);
    if (Arrays.stream(values).noneMatch(e -> e.name().equals(v))) {
      throw fail(join(at, field), "unknown value '" + v + "' (expected one of "
          + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
    return v;
  }

  private EvalException fail(String at, String reason) {
    return EvalException.of(file, at + ": " + reason);
  }

  private static String join(String at, String field) {
    return at.isEmpty() ? field : at + "." + field;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  @FunctionalInterface
  private interface Item<T> {
    T read(JsonNode n, String at);
  }
}
