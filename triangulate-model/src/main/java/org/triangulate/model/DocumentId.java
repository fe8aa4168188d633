package org.triangulate.model;

import java.util.regex.Pattern;

/**
 * A document's id: {@code doc-} and the first 16 hex digits of the SHA-256 of its normalised
 * text, so the same text always gets the same id.
 */
public record DocumentId(String value) {
  private static final Pattern FORM = Pattern.compile("doc-[0-9a-f]{16}");

  public DocumentId {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("document id must match doc-<16 hex digits>: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
