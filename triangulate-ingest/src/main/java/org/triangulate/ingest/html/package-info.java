/**
 * HTML into an {@link org.triangulate.ingest.article.Article} with jsoup: metadata from meta
 * tags, {@code <time>}, JSON-LD and the page, the body from {@code <article>} or the element with
 * the most paragraph text, captions from {@code <figcaption>}, reader comments from elements whose
 * class or id names a comment. jsoup types stay inside this package.
 */
@NullMarked
package org.triangulate.ingest.html;

import org.jspecify.annotations.NullMarked;
