/** Internals of the graph module, not a supported API: they may change without notice. */
@NullMarked
package org.triangulate.graph.internal;

import org.jspecify.annotations.NullMarked;
