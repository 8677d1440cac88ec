package org.factdesk.model;

import java.util.Objects;

/**
 * One candidate fact-check for one post, as ranked by a retriever (and possibly fused/reranked).
 *
 * @param post the post (query)
 * @param factCheck the matched fact-check
 * @param score retriever score; higher is better; units depend on the retriever (BM25 is unbounded)
 * @param rank 1-based rank within the post's list
 * @param retriever tag of what produced the score, e.g. {@code bm25}, as written into run files
 */
public record Match(Post post, FactCheck factCheck, double score, int rank, String retriever) {
  /** @throws IllegalArgumentException if rank &lt; 1 */
  public Match {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(factCheck, "factCheck");
    if (rank < 1) {
      throw new IllegalArgumentException("rank is 1-based, got " + rank);
    }
  }
}
