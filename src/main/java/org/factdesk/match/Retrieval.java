package org.factdesk.match;

import java.util.Locale;

/** Which first stages a matching pipeline runs and how it combines them. */
public enum Retrieval {
  /** Lexical only: BM25 over the analysed text. */
  BM25,
  /** Dense only: cosine of sentence embeddings. */
  DENSE,
  /** BM25 + dense, reciprocal rank fusion (unweighted, no training). */
  HYBRID_RRF,
  /** BM25 + dense, weighted score fusion with weights tuned on training data. */
  HYBRID_WSF,
  /** BM25 + dense, weighted score fusion, then the learned reranker (the default). */
  HYBRID;

  /** Lower-case name with dashes, as used on the command line and in run files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True when the pipeline needs sentence vectors. */
  public boolean needsVectors() {
    return this != BM25;
  }

  /** Parses {@code bm25}, {@code dense}, {@code hybrid-rrf}, {@code hybrid} (case-insensitive). */
  public static Retrieval parse(String s) {
    for (Retrieval r : values()) {
      if (r.label().equalsIgnoreCase(s.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown retriever '" + s + "'; use bm25, dense, hybrid-rrf, hybrid-wsf or hybrid");
  }
}
