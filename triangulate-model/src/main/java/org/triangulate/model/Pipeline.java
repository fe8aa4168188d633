package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * What made an extraction: Triangulate's version and each component with its models and
 * settings. Two extractions with equal pipelines are comparable result for result.
 */
public record Pipeline(String version, List<Component> components) {
  public Pipeline {
    Objects.requireNonNull(version, "version");
    components = List.copyOf(components);
  }
}
