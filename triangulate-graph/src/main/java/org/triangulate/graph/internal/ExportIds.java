package org.triangulate.graph.internal;

import org.triangulate.model.DocumentId;

/**
 * The export ids of events and claims: a prefix and 12 hex digits of the SHA-256 of what they
 * are, the document and the local key, so an id is the same in every export of every store
 * holding that document's extraction. Entities have theirs from {@link EntityGroups}.
 * Thread-safe (stateless).
 */
public final class ExportIds {
  private ExportIds() {}

  /** {@code evt-…} of event {@code key} of document {@code doc}. */
  public static String event(DocumentId doc, String key) {
    return "evt-" + hash("event", doc, key);
  }

  /** {@code clm-…} of claim {@code key} of document {@code doc}. */
  public static String claim(DocumentId doc, String key) {
    return "clm-" + hash("claim", doc, key);
  }

  private static String hash(String kind, DocumentId doc, String key) {
    // document ids have no colon, so the three parts cannot run into each other
    return Json.sha256Hex(kind + ":" + doc.value() + ":" + key).substring(0, 12);
  }
}
