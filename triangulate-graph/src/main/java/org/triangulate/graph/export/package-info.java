/** The {@code triangulate/1} JSON export, streamed from the store. */
@NullMarked
package org.triangulate.graph.export;

import org.jspecify.annotations.NullMarked;
