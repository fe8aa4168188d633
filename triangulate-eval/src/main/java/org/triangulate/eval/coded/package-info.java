/**
 * Scoring on real, openly licensed reports coded by others ({@code ../shared/corpus/real/}):
 * {@link org.triangulate.eval.coded.CodedCorpus} reads the records and the coding their source gave
 * them, {@link org.triangulate.eval.coded.Split} puts each on the dev or test side by a fixed rule,
 * and {@link org.triangulate.eval.coded.CodedScoring} says, field by field, whether an extraction
 * agrees with the coding where the record's own text states the value. Coded values are never fed
 * to the extractor: only a record's text is.
 */
@NullMarked
package org.triangulate.eval.coded;

import org.jspecify.annotations.NullMarked;
