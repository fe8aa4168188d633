/**
 * The analyst's corrections of events, claims and links (reject, retype, re-attribute): recorded
 * with who, when and why, and applied whenever the graph is read, so that they hold through
 * re-ingest, re-resolution and re-extraction. Entities' merge and split are in
 * {@code graph.resolve}.
 */
@NullMarked
package org.triangulate.graph.correct;

import org.jspecify.annotations.NullMarked;
