package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction found in one document, and what found it.
 *
 * @param document the document it was extracted from
 * @param pipeline tools, versions, models and settings that produced it
 * @param entities document-local entities
 * @param events events the document reports
 * @param claims claims the document reports, each with its speaker
 * @param problems what could not be extracted, bounded in number
 */
public record Extraction(
    DocumentId document,
    Pipeline pipeline,
    List<LocalEntity> entities,
    List<Event> events,
    List<Claim> claims,
    List<Problem> problems) {
  public Extraction {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(pipeline, "pipeline");
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    problems = List.copyOf(problems);
  }

  /** An extraction of entities only. */
  public Extraction(DocumentId document, Pipeline pipeline, List<LocalEntity> entities, List<Problem> problems) {
    this(document, pipeline, entities, List.of(), List.of(), problems);
  }
}
