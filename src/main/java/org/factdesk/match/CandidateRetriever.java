package org.factdesk.match;

import java.io.IOException;
import org.factdesk.model.Post;

/** First stage: finds candidate fact-checks for a post. Implementations are thread-safe. */
public interface CandidateRetriever {

  /**
   * Called once per batch of posts before they are matched (possibly on several threads), so a
   * retriever can do batched work such as encoding all post texts in one call. Default: nothing.
   */
  default void prepare(java.util.List<Post> batch) {}

  /** Tag written into run files and {@code Match.retriever}, e.g. {@code bm25}. */
  String tag();

  /**
   * @param post the post to match
   * @param k candidates wanted, ≥ 1
   * @return up to {@code k} candidates, best first, ties broken by fact-check id
   * @throws IOException if the index cannot be read
   */
  RankedList retrieve(Post post, int k) throws IOException;
}
