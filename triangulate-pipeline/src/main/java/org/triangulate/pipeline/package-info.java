/**
 * The one ingest pipeline under every shell: read → extract → save → resolve, with its order,
 * batching and error policy. The CLI, the server and the Spark job call it and only present
 * what it did.
 */
@NullMarked
package org.triangulate.pipeline;

import org.jspecify.annotations.NullMarked;
