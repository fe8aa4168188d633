package org.triangulate.ingest;

import java.util.List;

/**
 * Command-line arguments expanded into inputs: what will be read, and the files a directory walk
 * left out because they are not of a kind Triangulate reads as reports.
 *
 * @param accepted the inputs to read, in order: files as given, directories' files sorted by path
 * @param skipped names (paths as walked) of files found in directories but not taken
 */
public record Inputs(List<Input> accepted, List<String> skipped) {
  public Inputs {
    accepted = List.copyOf(accepted);
    skipped = List.copyOf(skipped);
  }
}
