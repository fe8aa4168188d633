/**
 * Plain text into an {@link org.triangulate.ingest.article.Article}: an optional
 * {@code Key: value} header block, a title line, paragraphs separated by blank lines, and a
 * reader-comment section after its chrome ("3 Comments", "Comment Policy …").
 */
@NullMarked
package org.triangulate.ingest.text;

import org.jspecify.annotations.NullMarked;
