/**
 * Scoring on real reports annotated blind in {@code gold/real/} (offsets and checksums only; the
 * texts stay in {@code ../shared/corpus/real/}): {@link org.triangulate.eval.annotated.Annotations}
 * reads the annotations and finds each one's text, checking its SHA-256;
 * {@link org.triangulate.eval.annotated.AnnotationScoring} aligns an extraction with the annotated
 * incidents, claims and relations and tallies what agrees.
 */
@NullMarked
package org.triangulate.eval.annotated;

import org.jspecify.annotations.NullMarked;
