/**
 * The store's exports, one class a format behind {@link ExportFormat}: the {@code triangulate/1}
 * JSON export, streamed from the store, and the formats of the analyst's other tools (STIX 2.1,
 * GEXF, GraphML, ACLED-style CSV, FollowTheMoney), written from one {@link GraphSnapshot}.
 */
@NullMarked
package org.triangulate.graph.export;

import org.jspecify.annotations.NullMarked;
