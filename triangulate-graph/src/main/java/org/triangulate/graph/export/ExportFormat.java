package org.triangulate.graph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.triangulate.graph.links.SourceTable;

/**
 * The formats the store exports to, each written by its own class; all read one consistent
 * snapshot of the store through the handle they are given. The one place a format's name, media
 * type and file name are chosen: the command line's {@code export --format} and the server's
 * {@code GET /api/export?format=} both look formats up here. Thread-safe (stateless).
 */
public enum ExportFormat {
  /** Triangulate's own {@code triangulate/1} JSON, streamed ({@link JsonExport}). */
  JSON("json", "application/json"),
  /** A STIX 2.1 bundle ({@link StixExport}); the media type STIX 2.1 section 1.7 names. */
  STIX("json", "application/stix+json;version=2.1"),
  /** GEXF 1.3 for Gephi ({@link GexfExport}). */
  GEXF("gexf", "application/gexf+xml"),
  /** GraphML ({@link GraphmlExport}). */
  GRAPHML("graphml", "application/graphml+xml"),
  /** ACLED-style CSV, one row per event ({@link AcledCsvExport}); RFC 4180's media type. */
  CSV("csv", "text/csv; charset=utf-8; header=present"),
  /** FollowTheMoney entities as JSON lines, for Aleph ({@link FtmExport}). */
  FTM("jsonl", "application/x-ndjson");

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The format named {@code label} in any case ({@code stix}, {@code GEXF}); empty if none is. */
  public static Optional<ExportFormat> find(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
  }

  /** Every format's label, in declaration order, joined by ", ": for messages and help. */
  public static String labels() {
    return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
  }

  /** The media type a download of this format is sent as (UTF-8 throughout). */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The name a download of this format is saved under: {@code triangulate.} and the extension,
   * with the label before it where the extension does not say the format ({@code
   * triangulate.stix.json}, {@code triangulate.ftm.jsonl}).
   */
  public String fileName() {
    return "triangulate." + (label().equals(extension) ? "" : label() + ".") + extension;
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
      case FTM -> FtmExport.write(snapshot, GraphSnapshot.mentionNames(h), out);
      case JSON -> throw new AssertionError("written above");
    }
  }
}
