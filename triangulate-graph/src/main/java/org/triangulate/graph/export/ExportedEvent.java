package org.triangulate.graph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scalar fields of an event, as the exports write them: one report's, or a group's merged
 * from its reports ({@link #merged}).
 */
record ExportedEvent(String id, String type, @Nullable String timeValue,
    String precision, String basis, @Nullable String timeText, @Nullable Integer killed,
    @Nullable Integer injured, @Nullable String location) {

  /** One event from a group's reports: the most specific type, the first dated time, counts and place. */
  static ExportedEvent merged(List<ExportedEvent> reports) {
    ExportedEvent first = reports.getFirst();
    String type = reports.stream().map(ExportedEvent::type).filter(t -> !t.equals("ATTACK")).findFirst().orElse(first.type());
    ExportedEvent timed = reports.stream().filter(r -> r.timeValue() != null && r.basis().equals("EVENT")).findFirst()
        .or(() -> reports.stream().filter(r -> r.timeValue() != null).findFirst()).orElse(first);
    Integer killed = reports.stream().map(ExportedEvent::killed).filter(Objects::nonNull).findFirst().orElse(null);
    Integer injured = reports.stream().map(ExportedEvent::injured).filter(Objects::nonNull).findFirst().orElse(null);
    String location = reports.stream().map(ExportedEvent::location).filter(Objects::nonNull).findFirst().orElse(null);
    return new ExportedEvent(first.id(), type, timed.timeValue(), timed.precision(), timed.basis(), timed.timeText(),
        killed, injured, location);
  }

  void write(JsonGenerator g) throws IOException {
    g.writeStringField("id", id);
    g.writeStringField("type", type);
    g.writeObjectFieldStart("time");
    g.writeStringField("value", timeValue);
    g.writeStringField("precision", precision);
    g.writeStringField("basis", basis);
    g.writeStringField("text", timeText);
    g.writeEndObject();
    number(g, "killed", killed);
    number(g, "injured", injured);
    g.writeStringField("location", location);
  }

  private static void number(JsonGenerator g, String field, @Nullable Integer n)
      throws IOException {
    if (n == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, n);
    }
  }
}
