/** JSON lines: one document a line, as news-please and news-crawl extractions write them. */
@NullMarked
package org.triangulate.ingest.jsonl;

import org.jspecify.annotations.NullMarked;
