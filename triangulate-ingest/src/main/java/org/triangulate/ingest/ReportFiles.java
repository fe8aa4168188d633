package org.triangulate.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files in a directory are taken as reports: plain text, HTML, PDF, JSON lines and WARC
 * files by their extension, never
 * a project's own README, LICENSE and the like (a folder of samples carries one). Stateless.
 */
final class ReportFiles {
  /** Extensions of the files the readers handle, lower case. */
  static final Set<String> EXTENSIONS =
      Set.of("txt", "html", "htm", "xhtml", "pdf", "jsonl", "ndjson", "warc");

  /** Base names of a folder's own paperwork, lower case, whatever their extension. */
  private static final Set<String> PAPERWORK =
      Set.of("readme", "license", "licence", "copying", "notice", "authors", "changelog",
          "changes", "contributing", "sha256sums");

  private ReportFiles() {}

  static boolean isReport(Path file) {
    Path fileName = file.getFileName();
    if (fileName == null) {
      return false;
    }
    String name = fileName.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc.gz")) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    return EXTENSIONS.contains(extension) && !PAPERWORK.contains(base);
  }
}
