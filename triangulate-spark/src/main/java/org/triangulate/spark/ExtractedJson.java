package org.triangulate.spark;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.pipeline.Extracted;
import org.triangulate.pipeline.Failure;

/**
 * One {@link Extracted} record as one line of JSON, and back: the job's output format.
 *
 * <p>Why JSON lines and not Parquet: a document and its extraction are deep trees (entities with
 * aliases and evidence, events with participants and times, claims), which Parquet could only
 * hold through a second schema mirroring the records (the wrapper layer the design rules out) or
 * as one JSON column, which gains nothing. Lines are written by Spark gzip-compressed, are read by
 * the loader without Spark, and keep input order within a part file. The records are written by
 * their components (records as Jackson reads them; {@link Custody}, the one class, by hand), so a
 * line reads back to an equal record.
 *
 * <p>Thread-safe.
 */
public final class ExtractedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .registerModule(new SimpleModule("custody")
          .addSerializer(Custody.class, new CustodyWriter())
          .addDeserializer(Custody.class, new CustodyReader()))
      // isEnglish() and the like are derived, not components
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ExtractedJson() {}

  /** The record as one line (no line breaks: JSON escapes them in strings). */
  public static String write(Extracted x) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", x.name());
    n.set("document", MAPPER.valueToTree(x.document()));
    n.set("extraction", MAPPER.valueToTree(x.extraction()));
    n.put("notExtracted", x.notExtracted());
    n.put("failure", x.failure() == null ? null : x.failure().message());
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new SparkJobException(x.name() + ": cannot write its record: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads one line back.
   *
   * @param where the file and line, for the message when it is not such a record
   */
  public static Extracted read(String line, String where) {
    try {
      JsonNode n = MAPPER.readTree(line);
      String name = n.get("name").asText();
      @Nullable String failure = text(n, "failure");
      if (failure != null) {
        return Extracted.failed(name, new Failure(failure, null));
      }
      Document doc = MAPPER.treeToValue(n.get("document"), Document.class);
      @Nullable Extraction extraction = n.get("extraction").isNull() ? null
          : MAPPER.treeToValue(n.get("extraction"), Extraction.class);
      @Nullable String reason = text(n, "notExtracted");
      return reason != null ? Extracted.unextracted(name, doc, reason) : Extracted.of(name, doc, extraction);
    } catch (IOException | RuntimeException e) {
      throw new SparkJobException(where + ": not a record of the extract job: " + e.getMessage(), e);
    }
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static final class CustodyWriter extends JsonSerializer<Custody> {
    @Override
    public void serialize(Custody c, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("file", c.file());
      g.writeBinaryField("raw", c.raw());
      g.writeStringField("mediaType", c.mediaType());
      g.writeStringField("charset", c.charset());
      g.writeStringField("ingestedAt", c.ingestedAt().toString());
      g.writeEndObject();
    }
  }

  private static final class CustodyReader extends JsonDeserializer<Custody> {
    @Override
    public Custody deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
      JsonNode n = parser.readValueAsTree();
      return new Custody(n.get("file").isNull() ? null : n.get("file").asText(), n.get("raw").binaryValue(),
          n.get("mediaType").asText(), n.get("charset").asText(), Instant.parse(n.get("ingestedAt").asText()));
    }
  }
}
