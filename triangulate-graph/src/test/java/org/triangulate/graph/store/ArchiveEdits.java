package org.triangulate.graph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Damaged or altered copies of a backup archive, for the tests that restore them. */
final class ArchiveEdits {
  private ArchiveEdits() {}

  /** Copies the archive {@code from} to {@code to} with the entry {@code entry} holding {@code content} instead. */
  static void rewrite(Path from, Path to, String entry, String content) throws IOException {
    try (ZipFile in = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : List.copyOf(in.stream().toList())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          out.write(content.getBytes(StandardCharsets.UTF_8));
        } else {
          in.getInputStream(e).transferTo(out);
        }
        out.closeEntry();
      }
    }
  }
}
