package org.triangulate.extract.nlp;

/**
 * Hears how far the analysis of one long text has got: a {@link TextAnalyzer} that annotates a
 * text in pieces tells it before the first piece and after each one, so that a shell can show
 * progress within one document. Called on the analysing thread; it must not throw.
 */
@FunctionalInterface
public interface PieceListener {
  /** Hears nothing. */
  PieceListener NONE = (done, pieces, chars) -> {};

  /**
   * @param done pieces analysed so far: 0 before the first
   * @param pieces the pieces the text is cut into
   * @param chars characters of the text analysed so far
   */
  void analysed(int done, int pieces, int chars);
}
