package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction found in one document, and what found it.
 *
 * @param document the document it was extracted from
 * @param pipeline tools, versions, models and settings that produced it
 * @param entities document-local entities
 * @param problems what could not be extracted, bounded in number
 */
public record Extraction(
    DocumentId document, Pipeline pipeline, List<LocalEntity> entities, List<Problem> problems) {
  public Extraction {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(pipeline, "pipeline");
    entities = List.copyOf(entities);
    problems = List.copyOf(problems);
  }
}
