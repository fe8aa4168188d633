package org.triangulate.model;

import java.util.Objects;

/** One place in a document where an entity is named. */
public record Mention(Evidence evidence, MentionKind kind) {
  public Mention {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(kind, "kind");
  }

  public String text() {
    return evidence.text();
  }

  public Span span() {
    return evidence.span();
  }
}
