package org.triangulate.graph.links;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document's report of an event as the conflicts need it: its group, who reports it, and its
 * counts.
 *
 * @param report the report's event id ({@code evt-…})
 * @param group the event group it belongs to (its own id when alone)
 * @param document the document
 * @param source the document's outlet as {@link ClaimFact#outlet()} names it, or the dataset
 * @param coded whether the document is a coded row (ACLED, GTD) rather than a report in words
 * @param killed the dead it counts, or null when it gives no count
 * @param injured the wounded it counts, or null
 */
record ReportFact(String report, String group, String document, String source,
    boolean coded, @Nullable Integer killed, @Nullable Integer injured) {
  public ReportFact {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
  }

  /** The count of {@code field} ({@code killed} or {@code injured}), or null. */
  @Nullable Integer count(String field) {
    return switch (field) {
      case "killed" -> killed;
      case "injured" -> injured;
      default -> throw new IllegalArgumentException("not a count field: " + field);
    };
  }
}
