/**
 * The article between the readers and the document: its title, body paragraphs, captions and
 * reader comments as the page gives them, then cleaned of page chrome, bylines and repeated
 * captions, and laid out as one text with a {@link org.triangulate.model.Part} per paragraph.
 */
@NullMarked
package org.triangulate.ingest.article;

import org.jspecify.annotations.NullMarked;
