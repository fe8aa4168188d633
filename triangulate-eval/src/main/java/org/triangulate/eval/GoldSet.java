package org.triangulate.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The gold set: every {@code NAME.gold.json} of a directory with the document it annotates. {@link
 * #load} verifies {@code SHA256SUMS} before anything else, so the gold cannot silently change while
 * rules are tuned, then checks every annotation against its document. Immutable and thread-safe.
 */
public final class GoldSet {
  static final String SUFFIX = ".gold.json";
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

  private final Path dir;
  private final List<GoldDocument> documents;

  private GoldSet(Path dir, List<GoldDocument> documents) {
    this.dir = dir;
    this.documents = List.copyOf(documents);
  }

  /**
   * Loads and checks the gold set in {@code dir}.
   *
   * @throws EvalException on a checksum mismatch, an unlisted gold file, or a malformed annotation;
   *     the message names the file and the line or field
   */
  public static GoldSet load(Path dir) {
    Set<String> listed = new HashSet<>(Checksums.verify(dir));
    List<GoldDocument> docs = new ArrayList<>();
    for (Path goldFile : goldFiles(dir)) {
      String name = goldFile.getFileName().toString();
      unlistedFails(listed, name);
      var root = GoldReader.parse(name, read(goldFile));
      String document = root.path("document").asText("");
      if (document.isEmpty() || document.contains("/") || document.contains("\\")) {
        throw EvalException.of(name, "document: required, the file name of a document beside it");
      }
      Path docFile = dir.resolve(document);
      if (!Files.isRegularFile(docFile)) {
        throw EvalException.of(name, "document: no such file beside it: " + document);
      }
      unlistedFails(listed, document);
      String text = Compact.squeeze(plainText(docFile));
      docs.add(new GoldReader(name, text).read(root));
    }
    if (docs.isEmpty()) {
      throw EvalException.of(dir.toString(), "no *" + SUFFIX + " files");
    }
    return new GoldSet(dir, docs);
  }

  /** The directory the set was loaded from. */
  public Path dir() {
    return dir;
  }

  /** The gold documents, in file-name order. */
  public List<GoldDocument> documents() {
    return documents;
  }

  /** The gold document annotating the file of this name. */
  public Optional<GoldDocument> findDocument(String fileName) {
    return documents.stream().filter(d -> d.document().equals(fileName)).findFirst();
  }

  private static void unlistedFails(Set<String> listed, String name) {
    if (!listed.contains(name)) {
      throw EvalException.of(name, "not listed in " + Checksums.FILE
          + " (run: cd gold && sha256sum *.txt *.html *" + SUFFIX + " > " + Checksums.FILE + ")");
    }
  }

  private static List<Path> goldFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new EvalException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** The document's text as an analyst reads it: for HTML, tags and comments removed. */
  static String plainText(Path file) {
    String raw = read(file);
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?")) {
      return raw;
    }
    String s = COMMENT.matcher(raw).replaceAll(" ");
    s = SCRIPT.matcher(s).replaceAll(" ");
    s = TAG.matcher(s).replaceAll(" ");
    return Entities.decode(s);
  }

  private static String read(Path file) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw EvalException.of(file.getFileName().toString(), "not UTF-8");
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
