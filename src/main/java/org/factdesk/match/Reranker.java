package org.factdesk.match;

import org.factdesk.model.Post;

/** Third stage: reorders the fused top-N with more expensive evidence. */
public interface Reranker {

  /** Keeps the order it is given: the reranker used until a trained one exists. */
  Reranker KEEP_ORDER = (post, candidates, k) ->
      new RankedList(candidates.matches().subList(0, Math.min(k, candidates.matches().size())), candidates.scoreBound());

  /**
   * @param post the post
   * @param candidates the fused list
   * @param k length of the output
   */
  RankedList rerank(Post post, RankedList candidates, int k);
}
