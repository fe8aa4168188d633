/**
 * Bytes to text: refuses binary content, finds the charset (byte-order mark, HTML meta charset,
 * else strict UTF-8) and decodes strictly, reporting the offset of the first bad byte.
 */
@NullMarked
package org.triangulate.ingest.decode;

import org.jspecify.annotations.NullMarked;
