/** PDF reports (Apache PDFBox): text page by page, each paragraph keeping its page. */
@NullMarked
package org.triangulate.ingest.pdf;

import org.jspecify.annotations.NullMarked;
