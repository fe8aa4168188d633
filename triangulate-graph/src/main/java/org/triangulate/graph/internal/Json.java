package org.triangulate.graph.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.model.Component;
import org.triangulate.model.Part;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Problem;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/**
 * The JSON kept in jsonb columns: document parts, pipeline components and extraction problems.
 * Written through plain maps so the stored form does not follow the records' Java shape by
 * accident. Thread-safe.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final TypeReference<List<Map<String, @Nullable Object>>> ROWS =
      new TypeReference<>() {};

  private Json() {}

  public static String parts(List<Part> parts) {
    return write(parts.stream().map(p -> {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("section", p.section().name());
      m.put("start", p.span().start());
      m.put("end", p.span().end());
      m.put("author", p.author());
      m.put("date", p.date() == null ? null : p.date().toString());
      if (p.page() > 0) {
        m.put("page", p.page()); // only paged originals (PDF) have one
      }
      return m;
    }).toList());
  }

  public static List<Part> parts(String json) {
    return read(json).stream().map(m -> new Part(
        Section.valueOf((String) m.get("section")),
        new Span(number(m, "start"), number(m, "end")),
        (String) m.get("author"),
        m.get("date") == null ? null : LocalDate.parse((String) m.get("date")),
        m.get("page") == null ? 0 : number(m, "page"))).toList();
  }

  public static String components(List<Component> components) {
    return write(components.stream().map(c -> {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("version", c.version());
      m.put("settings", new TreeMap<>(c.settings()));
      return m;
    }).toList());
  }

  @SuppressWarnings("unchecked")
  public static List<Component> components(String json) {
    return read(json).stream().map(m -> new Component(
        (String) m.get("name"), (String) m.get("version"),
        (Map<String, String>) m.get("settings"))).toList();
  }

  public static String problems(List<Problem> problems) {
    return write(problems.stream().map(p -> {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("stage", p.stage());
      m.put("message", p.message());
      m.put("start", p.span() == null ? null : p.span().start());
      m.put("end", p.span() == null ? null : p.span().end());
      return m;
    }).toList());
  }

  public static List<Problem> problems(String json) {
    return read(json).stream().map(m -> new Problem(
        (String) m.get("stage"), (String) m.get("message"),
        m.get("start") == null ? null : new Span(number(m, "start"), number(m, "end")))).toList();
  }

  /** {@code pipe-} and 16 hex digits of the SHA-256 of the pipeline's canonical JSON. */
  public static String pipelineId(Pipeline pipeline) {
    String canonical = write(Map.of(
        "version", pipeline.version(), "components", read(components(pipeline.components()))));
    return "pipe-" + sha256Hex(canonical).substring(0, 16);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static int number(Map<String, @Nullable Object> m, String key) {
    return ((Number) java.util.Objects.requireNonNull(m.get(key), key)).intValue();
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static List<Map<String, @Nullable Object>> read(String json) {
    try {
      return MAPPER.readValue(json, ROWS);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored JSON is malformed: " + e.getOriginalMessage(), e);
    }
  }
}
