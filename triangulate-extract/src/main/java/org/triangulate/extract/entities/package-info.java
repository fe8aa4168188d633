/**
 * Entities within one document: candidates from named-entity spans and the armed-groups
 * knowledge base, aliases stated in the text, roles from pre-modifiers and appositions, and the
 * folding of short names and spelling variants into the person they name.
 */
@NullMarked
package org.triangulate.extract.entities;

import org.jspecify.annotations.NullMarked;
