/**
 * Web pages fetched once each with {@code java.net.http}: a redirect limit, timeouts, a size
 * limit, the charset the server declares, and a user agent naming the program. No robots.txt is
 * read: a user names each address (or a feed they chose does), as a browser would fetch it.
 */
@NullMarked
package org.triangulate.ingest.web;

import org.jspecify.annotations.NullMarked;
