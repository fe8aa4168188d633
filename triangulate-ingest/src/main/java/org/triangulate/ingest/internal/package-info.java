/** Internals of the ingest module; not a supported API and free to change. */
@NullMarked
package org.triangulate.ingest.internal;

import org.jspecify.annotations.NullMarked;
