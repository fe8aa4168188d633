/** WARC web archives (jwarc): HTML responses into documents with their address and capture date. */
@NullMarked
package org.triangulate.ingest.warc;

import org.jspecify.annotations.NullMarked;
