package org.triangulate.graph.export;

import java.io.OutputStream;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.triangulate.graph.links.SourceTable;

/**
 * The formats the store exports to, each written by its own class; all read one consistent
 * snapshot of the store through the handle they are given. Thread-safe (stateless).
 */
public enum ExportFormat {
  /** Triangulate's own {@code triangulate/1} JSON, streamed ({@link JsonExport}). */
  JSON("json"),
  /** A STIX 2.1 bundle ({@link StixExport}). */
  STIX("json"),
  /** GEXF 1.3 for Gephi ({@link GexfExport}). */
  GEXF("gexf"),
  /** GraphML ({@link GraphmlExport}). */
  GRAPHML("graphml"),
  /** ACLED-style CSV, one row per event ({@link AcledCsvExport}). */
  CSV("csv"),
  /** FollowTheMoney entities as JSON lines, for Aleph ({@link FtmExport}). */
  FTM("jsonl");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The name the command line uses: lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes everything readable through {@code h} to {@code out}; leaves {@code out} open. */
  public void write(Handle h, OutputStream out) {
    if (this == JSON) {
      JsonExport.write(h, out);
      return;
    }
    GraphSnapshot snapshot = GraphSnapshot.read(h, SourceTable.bundled());
    switch (this) {
      case STIX -> StixExport.write(snapshot, out);
      case GEXF -> GexfExport.write(snapshot, out);
      case GRAPHML -> GraphmlExport.write(snapshot, out);
      case CSV -> AcledCsvExport.write(snapshot, out);
      case FTM -> FtmExport.write(snapshot, out);
      case JSON -> throw new AssertionError("written above");
    }
  }
}
