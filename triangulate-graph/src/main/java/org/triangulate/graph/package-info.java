/**
 * The evidence graph: {@link org.triangulate.graph.store.Store} keeps documents and extractions
 * in PostgreSQL (embedded or a server) and {@link org.triangulate.graph.export.JsonExport} writes
 * them out in the {@code triangulate/1} JSON format.
 */
@NullMarked
package org.triangulate.graph;

import org.jspecify.annotations.NullMarked;
