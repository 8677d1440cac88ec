package org.factdesk.eval;

import java.util.Objects;

/**
 * One retrieved document and its retrieval score (higher is better; unit depends on the method,
 * e.g. BM25 score or cosine similarity).
 *
 * @param docId document id exactly as in the collection; non-blank, no whitespace
 * @param score finite score
 */
public record ScoredDoc(String docId, double score) {
  public ScoredDoc {
    Objects.requireNonNull(docId, "docId");
  }
}
