package org.triangulate.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing to ingest.
 *
 * @param name the path as the user gave it (or a file's path under a directory they gave), or
 *     {@code "-"} for standard input; every error message starts with it
 * @param path the file to read, or null for standard input
 */
public record Input(String name, @Nullable Path path) {
  /** The name the command line uses for standard input. */
  public static final String STDIN = "-";

  public Input {
    Objects.requireNonNull(name, "name");
  }

  /** Standard input. */
  public static Input stdin() {
    return new Input(STDIN, null);
  }

  public boolean isStdin() {
    return path == null;
  }
}
