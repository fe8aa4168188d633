package org.triangulate.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.extract.Extractor;
import java.time.Instant;
import org.triangulate.ingest.fingerprint.ContentId;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Part;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/**
 * The long-document benchmark: one document of each size made by repeating the seed documents'
 * text, extracted on one thread with no length limit, each timed after the models are loaded.
 * Sizes run smallest first, each after a garbage collection, so that the heap's peak is its own.
 * The process's resident high-water mark only grows, so each row's is at most its own peak.
 */
public final class LongDocuments {
  /**
   * One document's figures.
   *
   * @param megabytes the size asked for, in MB (10^6 characters)
   * @param chars the document's length in characters
   * @param seconds wall-clock time of the extraction
   * @param cpuSeconds CPU time of the extracting thread
   * @param peakHeap the heap's peak during it, in bytes ({@link PeakHeap})
   * @param residentHighWater the process's resident high-water mark after it, in bytes, or -1
   * @param entities entities the extraction found, as a sanity check that it ran
   */
  public record Row(double megabytes, int chars, double seconds, double cpuSeconds, long peakHeap,
      long residentHighWater, int entities) {}

  private LongDocuments() {}

  /**
   * Extracts one document of each size in {@code megabytes}, printing a line for each on {@code
   * out}, and on {@code err} a line at each tenth of a document's pieces: the 30 MB document runs
   * for most of an hour.
   */
  public static List<Row> run(Extractor extractor, List<Document> seeds,
      List<Double> megabytes, PrintWriter out, PrintWriter err) {
    extractor.extract(seeds.getFirst()); // loads the models, untimed
    out.printf("%8s %12s %10s %10s %12s %14s %9s %10s%n", "MB", "characters", "seconds",
        "CPU-s", "peak heap", "resident HWM", "entities", "chars/CPU-s");
    out.flush();
    List<Row> rows = new ArrayList<>();
    for (double mb : megabytes.stream().sorted().toList()) {
      Document doc = document(seeds, (int) Math.round(mb * 1_000_000));
      PeakHeap.reset();
      long wall = System.nanoTime();
      long cpu = ThreadCpu.nanos();
      Extraction x = extractor.extract(doc, (done, pieces, chars) -> {
        if (done > 0 && done * 10 / pieces > (done - 1) * 10 / pieces) {
          double cpuSeconds = (ThreadCpu.nanos() - cpu) / 1e9;
          err.printf(Locale.ROOT, "bench: %.1f MB: piece %d of %d, %,d characters, %,.0f chars/CPU-s,"
              + " %.1f CPU-s so far%n", mb, done, pieces, chars, chars / cpuSeconds, cpuSeconds);
          err.flush();
        }
      });
      Row row = new Row(mb, doc.text().length(), (System.nanoTime() - wall) / 1e9,
          (ThreadCpu.nanos() - cpu) / 1e9, PeakHeap.bytes(), residentHighWater(),
          x.entities().size());
      rows.add(row);
      out.printf(Locale.ROOT, "%8.1f %,12d %10.1f %10.1f %9.0f MB %11.0f MB %,9d %,10.0f%n",
          row.megabytes(), row.chars(), row.seconds(), row.cpuSeconds(), row.peakHeap() / 1e6,
          row.residentHighWater() / 1e6, row.entities(), row.chars() / row.cpuSeconds());
      out.flush();
    }
    return rows;
  }

  /**
   * A document of at least {@code chars} characters: the seeds' texts repeated, one body part,
   * dated as the first seed. Made directly rather than read, because reading drops repeated
   * paragraphs as page chrome.
   */
  static Document document(List<Document> seeds, int chars) {
    StringBuilder text = new StringBuilder(chars + 10_000)
        .append("[Invented: the sample reports repeated to make a long document for a benchmark.]\n\n");
    for (int i = 0; text.length() < chars; i++) {
      text.append(seeds.get(i % seeds.size()).text()).append("\n\n");
    }
    String body = text.toString();
    Document first = seeds.getFirst();
    return new Document(ContentId.of(body), body, List.of(new Part(Section.BODY, new Span(0, body.length()))),
        first.meta(), first.language(), first.fingerprint(),
        new Custody(null, body.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", Instant.now()));
  }

  /** VmHWM from /proc/self/status (Linux), in bytes; -1 where there is no such file. */
  static long residentHighWater() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
