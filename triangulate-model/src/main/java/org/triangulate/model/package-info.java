/**
 * Records shared by every stage of Triangulate: documents and their sections, character spans,
 * mentions, document-local entities, extractions and the provenance of each. Nothing here
 * depends on a third-party library, so every module can speak these types.
 */
@NullMarked
package org.triangulate.model;

import org.jspecify.annotations.NullMarked;
