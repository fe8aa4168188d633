package org.triangulate.extract;

import org.triangulate.extract.nlp.PieceListener;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;

/**
 * The extraction stage: Document → Extraction. Implementations are deterministic and do no I/O,
 * so the same code runs in one JVM and inside Spark executors.
 */
public interface Extractor {
  /**
   * Extracts what the document says.
   *
   * @throws ExtractException when the document cannot be extracted at all (not English, say);
   *     smaller problems are recorded in {@link Extraction#problems()}
   */
  Extraction extract(Document document);

  /**
   * Like {@link #extract(Document)}, telling {@code listener} how far the analysis of a long
   * document has got (pieces done of all, characters done); by default it tells nothing.
   */
  default Extraction extract(Document document, PieceListener listener) {
    return extract(document);
  }

  /** What this extractor is made of: tools, versions, models and settings. */
  Pipeline pipeline();
}
