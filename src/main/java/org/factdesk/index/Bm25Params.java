package org.factdesk.index;

/**
 * BM25 parameters for one field (Robertson &amp; Zaragoza 2009, "The Probabilistic Relevance
 * Framework: BM25 and Beyond").
 *
 * @param k1 term-frequency saturation, ≥ 0 (Lucene default 1.2)
 * @param b length normalisation, in [0, 1] (Lucene default 0.75)
 */
public record Bm25Params(float k1, float b) {
  /** Lucene's defaults. */
  public static final Bm25Params LUCENE_DEFAULT = new Bm25Params(1.2f, 0.75f);

  /** @throws IllegalArgumentException when out of range */
  public Bm25Params {
    if (!(k1 >= 0) || !(b >= 0 && b <= 1)) {
      throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1, got k1=" + k1 + " b=" + b);
    }
  }
}
