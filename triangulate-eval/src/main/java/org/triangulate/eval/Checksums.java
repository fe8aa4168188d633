package org.triangulate.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code SHA256SUMS} file of a gold directory, in {@code sha256sum} format ({@code <hex>  <name>}
 * per line), so that {@code sha256sum -c SHA256SUMS} checks it too.
 */
final class Checksums {
  static final String FILE = "SHA256SUMS";
  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

  private Checksums() {}

  /**
   * Verifies every listed file and returns the listed names.
   *
   * @throws EvalException naming the line of a malformed entry, a missing file or a mismatch
   */
  static List<String> verify(Path dir) {
    Path sums = dir.resolve(FILE);
    if (!Files.isRegularFile(sums)) {
      throw EvalException.of(sums.toString(), "missing: the gold set must list its checksums");
    }
    List<String> lines = read(sums);
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw EvalException.of(FILE + " line " + (i + 1), "expected '<sha256>  <file>', got '" + line + "'");
      }
      String name = m.group(2);
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw EvalException.of(FILE + " line " + (i + 1), "listed file does not exist: " + name);
      }
      String actual = sha256(file);
      if (!actual.equalsIgnoreCase(m.group(1))) {
        throw EvalException.of(FILE + " line " + (i + 1), "checksum mismatch for " + name
            + " (the gold set changed: expected " + m.group(1).toLowerCase(java.util.Locale.ROOT)
            + ", got " + actual + ")");
      }
      expected.put(name, actual);
    }
    return List.copyOf(expected.keySet());
  }

  /** The lower-case hex SHA-256 of a file's bytes. */
  static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new EvalException("SHA-256 is not available in this JVM", e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
