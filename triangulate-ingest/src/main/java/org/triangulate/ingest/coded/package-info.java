/**
 * Coded event datasets as evidence: ACLED and GTD rows (their own CSV columns) into a document
 * that states the row and an extraction that says what the dataset codes: the event, its sides,
 * place and toll, each a claim whose speaker is the dataset.
 */
@NullMarked
package org.triangulate.ingest.coded;

import org.jspecify.annotations.NullMarked;
