package org.triangulate.eval;

import java.util.Optional;
import java.util.Set;

/**
 * One gold document and its exported counterpart, while they are scored.
 *
 * @param gold the annotations
 * @param export the whole export
 * @param docId the exported document's id
 * @param anchors gold anchors located in the exported document's text
 * @param textKey the exported document's text as a {@link NameKeys#key key}
 * @param tally where counts go
 */
record Scope(GoldDocument gold, ExportView export, String docId, Anchors anchors, String textKey,
    Tally tally) {

  /** The name keys of the gold entity a name refers to, or of the bare name if none. */
  Set<String> goldKeys(String name) {
    Optional<GoldEntity> e = gold.findEntity(name);
    return e.map(GoldEntity::keys).orElseGet(() -> Set.of(NameKeys.key(name)));
  }

  /** Whether an exported entity is the gold entity a name refers to: they share a name key. */
  boolean sameEntity(String goldName, @org.jspecify.annotations.Nullable String exportId) {
    Set<String> names = export.names(exportId);
    return goldKeys(goldName).stream().anyMatch(names::contains);
  }
}
