/**
 * Ingest: files, directories and standard input into {@link org.triangulate.model.Document}s.
 * {@link org.triangulate.ingest.Ingestor} is the entry point; the sub-packages hold its steps:
 * decoding bytes, reading plain text and HTML into an article, cleaning it, dating it, naming its
 * language and fingerprinting it.
 */
@NullMarked
package org.triangulate.ingest;

import org.jspecify.annotations.NullMarked;
