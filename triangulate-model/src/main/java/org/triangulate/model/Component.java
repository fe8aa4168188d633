package org.triangulate.model;

import java.util.Map;
import java.util.Objects;

/**
 * One tool in a pipeline, with what it was run with, so a store can tell which results came
 * from which pipeline.
 */
public record Component(String name, String version, Map<String, String> settings) {
  public Component {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    settings = Map.copyOf(settings);
  }
}
