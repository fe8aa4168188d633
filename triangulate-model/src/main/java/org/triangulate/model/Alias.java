package org.triangulate.model;

import java.util.Objects;

/**
 * Another name of an entity and the evidence that made it one.
 *
 * @param name the alias as written
 * @param rule what made it an alias: {@code parenthesis}, {@code quotes}, {@code also-known-as},
 *     {@code acronym}, {@code apposition}, {@code knowledge-base}, {@code spelling-variant}
 * @param evidence the passage that says so, or the alias itself
 */
public record Alias(String name, String rule, Evidence evidence) {
  public Alias {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(evidence, "evidence");
  }
}
