/** RSS and Atom feeds (Rome) into items: content to read, or a page to fetch. */
@NullMarked
package org.triangulate.ingest.feed;

import org.jspecify.annotations.NullMarked;
