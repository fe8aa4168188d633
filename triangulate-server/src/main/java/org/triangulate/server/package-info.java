/**
 * Triangulate's HTTP server: the JSON API over the store (described by {@code /openapi.json}),
 * uploads through the ingest and extract stages, and the web UI's static files. A thin shell:
 * the read models live in {@code org.triangulate.graph.views}.
 */
@NullMarked
package org.triangulate.server;

import org.jspecify.annotations.NullMarked;
