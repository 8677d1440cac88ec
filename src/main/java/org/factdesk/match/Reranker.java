package org.factdesk.match;

import java.util.List;
import org.factdesk.model.Post;

/** Third stage: reorders the fused top-N with more expensive evidence. */
public interface Reranker {

  /** Keeps the order it is given. */
  Reranker KEEP_ORDER = (post, fused, firstStage, k) ->
      new RankedList(fused.matches().subList(0, Math.min(k, fused.matches().size())), fused.scoreBound());

  /**
   * @param post the post
   * @param fused the fused candidate list
   * @param firstStage the retrievers' own lists, in pipeline order (for per-retriever features)
   * @param k length of the output
   * @return the reranked list; its scores and bound define the confidence of each match
   */
  RankedList rerank(Post post, RankedList fused, List<RankedList> firstStage, int k);
}
