package org.triangulate.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing to ingest: a file, standard input, a web page, or a container of many documents (a
 * JSON-lines file, a feed, a WARC file).
 *
 * @param name the path or address as the user gave it (or a file's path under a directory they
 *     gave), or {@code "-"} for standard input; every error message starts with it
 * @param path the file to read, or null for standard input and addresses
 * @param kind how to read it
 */
public record Input(String name, @Nullable Path path, Kind kind) {
  /** The name the command line uses for standard input. */
  public static final String STDIN = "-";

  /** How an input is read. */
  public enum Kind {
    /** One document: plain text, HTML or PDF, told apart by content and name. */
    FILE,
    /** Standard input: one document. */
    STDIN,
    /** An {@code http} or {@code https} address: one page, fetched once. */
    URL,
    /** One JSON object a line, each a document (news-please, news-crawl extractions). */
    JSON_LINES,
    /** An RSS or Atom feed, a file or an address: each item a document. */
    FEED,
    /** A WARC file (plain or gzipped): each HTML response record a document. */
    WARC
  }

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    boolean pathless = kind == Kind.STDIN || kind == Kind.URL;
    boolean pathful = kind == Kind.FILE || kind == Kind.JSON_LINES || kind == Kind.WARC;
    if ((pathless && path != null) || (pathful && path == null)) {
      throw new IllegalArgumentException("only files have a path: kind=" + kind + ", path=" + path);
    }
  }

  /** A file read as one document, whatever its name. */
  public Input(String name, Path path) {
    this(name, path, Kind.FILE);
  }

  /** Standard input. */
  public static Input stdin() {
    return new Input(STDIN, null, Kind.STDIN);
  }

  /**
   * A command-line argument by its form: {@code "-"} is standard input, an {@code http(s)://}
   * address a page, a file ending {@code .jsonl} or {@code .ndjson} JSON lines, {@code .warc} or
   * {@code .warc.gz} a WARC file, and anything else one document.
   */
  public static Input of(String arg) {
    if (STDIN.equals(arg)) {
      return stdin();
    }
    if (isAddress(arg)) {
      return new Input(arg, null, Kind.URL);
    }
    return file(arg, Path.of(arg));
  }

  /** A file, its kind told by its name. */
  static Input file(String name, Path path) {
    String lower = name.toLowerCase(Locale.ROOT);
    Kind kind = Kind.FILE;
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      kind = Kind.JSON_LINES;
    } else if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      kind = Kind.WARC;
    }
    return new Input(name, path, kind);
  }

  /** A JSON-lines file, whatever its name. */
  public static Input jsonLines(String file) {
    return new Input(file, Path.of(file), Kind.JSON_LINES);
  }

  /** A feed: an address, or else a file. */
  public static Input feed(String addressOrFile) {
    return isAddress(addressOrFile)
        ? new Input(addressOrFile, null, Kind.FEED)
        : new Input(addressOrFile, Path.of(addressOrFile), Kind.FEED);
  }

  /** True for an {@code http://} or {@code https://} address. */
  public static boolean isAddress(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  public boolean isStdin() {
    return kind == Kind.STDIN;
  }
}
