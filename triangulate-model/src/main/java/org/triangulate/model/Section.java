package org.triangulate.model;

import java.util.Locale;

/** The part of a document a span falls in; a reader comment is never the article's body. */
public enum Section {
  TITLE,
  BODY,
  CAPTION,
  COMMENT;

  /** The lower-case name used in the export ({@code "body"}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
