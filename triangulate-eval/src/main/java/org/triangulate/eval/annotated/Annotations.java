package org.triangulate.eval.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.triangulate.eval.EvalException;
import org.triangulate.eval.coded.CodedCorpus;
import org.triangulate.eval.coded.Split;
import org.triangulate.model.EventType;
import org.triangulate.model.Modality;
import org.triangulate.model.Span;

/**
 * Reads the annotation files ({@code *.jsonl}) of a folder and joins each line to its text in the
 * corpus folder: a JSON-lines record by id, else a file by its path under the folder. A text whose
 * SHA-256 differs from the annotation's, an id with no text, or a span outside its text is an
 * error naming the file and line: scores on the wrong text would mislead.
 */
public final class Annotations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Annotations() {}

  public static List<Annotation> load(Path annotations, Path corpus) {
    Map<String, String> records = CodedCorpus.texts(corpus);
    List<Annotation> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(annotations)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (!lines.get(i).isBlank()) {
            out.add(annotation(f.getFileName() + ":" + (i + 1), JSON.readTree(lines.get(i)), records, corpus));
          }
        }
      }
    } catch (IOException e) {
      throw new EvalException(annotations + ": cannot read annotations: " + e.getMessage(), e);
    }
    return out;
  }

  private static Annotation annotation(String where, JsonNode n, Map<String, String> records, Path corpus)
      throws IOException {
    String id = n.path("id").asText("");
    String text = records.get(id);
    if (text == null) {
      Path file = corpus.resolve(id).normalize();
      if (!file.startsWith(corpus.normalize()) || !Files.isRegularFile(file)) {
        throw EvalException.of(where, "no text for id '" + id + "' in " + corpus);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    }
    if (!sha256(text).equals(n.path("sha256").asText())) {
      throw EvalException.of(where, "the text of '" + id + "' is not the one annotated (SHA-256 differs)");
    }
    Reader r = new Reader(where, text);
    List<Annotation.Incident> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      events.add(new Annotation.Incident(EventType.valueOf(e.path("type").asText()), r.span(e.path("anchor")),
          r.string(e.path("date")), r.spans(e.path("place")), r.string(e.path("province")),
          r.spans(e.path("perpetrators")), r.spans(e.path("agents")), r.spans(e.path("targets")),
          r.integer(e.path("killed")), r.integer(e.path("injured"))));
    }
    List<Annotation.Statement> claims = new ArrayList<>();
    for (JsonNode c : n.path("claims")) {
      claims.add(new Annotation.Statement(r.span(c.path("anchor")), r.optionalSpan(c.path("speaker")),
          Modality.valueOf(c.path("modality").asText()), c.path("predicate").asText(""),
          r.optionalSpan(c.path("subject")), r.integer(c.path("event"))));
    }
    List<Annotation.Relation> relations = new ArrayList<>();
    for (JsonNode x : n.path("relations")) {
      relations.add(new Annotation.Relation(r.span(x.path("subject")), r.span(x.path("object")),
          x.path("relation").asText(""), x.path("negated").asBoolean(false)));
    }
    return new Annotation(id, text, Split.of(id, text), events, claims, relations);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private record Reader(String where, String text) {
    Span span(JsonNode n) {
      if (!n.isArray() || n.size() != 2) {
        throw EvalException.of(where, "a span is [start, end]: " + n);
      }
      int s = n.get(0).asInt();
      int e = n.get(1).asInt();
      if (s < 0 || e > text.length() || s >= e) {
        throw EvalException.of(where, "span outside the text: [" + s + ", " + e + "], length " + text.length());
      }
      return new Span(s, e);
    }

    @Nullable Span optionalSpan(JsonNode n) {
      return n.isNull() || n.isMissingNode() ? null : span(n);
    }

    List<Span> spans(JsonNode n) {
      List<Span> out = new ArrayList<>();
      n.forEach(x -> out.add(span(x)));
      return out;
    }

    @Nullable String string(JsonNode n) {
      return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    @Nullable Integer integer(JsonNode n) {
      return n.canConvertToInt() && !n.isNull() ? n.asInt() : null;
    }
  }
}
