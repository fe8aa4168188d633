package org.triangulate.ingest.coded;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One row of a coded dataset, checked when {@link #event()} is called, so that one bad row fails
 * alone and the file goes on.
 *
 * @param name the row's name for messages: {@code acled.csv row 3 (AFG1234)}
 * @param raw the row as CSV, for the chain of custody
 * @param reader checks and reads the row, throwing only {@link
 *     org.triangulate.ingest.IngestException}
 */
public record CodedRow(String name, String raw, Supplier<CodedEvent> reader) {
  public CodedRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(reader, "reader");
  }

  /**
   * The row's event.
   *
   * @throws org.triangulate.ingest.IngestException naming the row and what is wrong in it
   */
  public CodedEvent event() {
    return reader.get();
  }
}
