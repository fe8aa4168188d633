/**
 * Evaluation against the gold set in {@code gold/}: {@link org.triangulate.eval.GoldSet} loads and
 * checks the hand-written annotations (checksums first), {@link org.triangulate.eval.Scorer} aligns
 * a {@code triangulate/1} JSON export with them and returns a {@link org.triangulate.eval.Report}
 * of precision, recall and F1 per field and per type. {@code gold/README.md} documents the gold
 * format and the matching rules implemented here.
 */
@NullMarked
package org.triangulate.eval;

import org.jspecify.annotations.NullMarked;
