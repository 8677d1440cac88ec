package org.factdesk.match;

import java.util.List;
import org.factdesk.model.Post;

/** Second stage: combines the ranked lists of several retrievers into one. */
public interface Fuser {

  /**
   * @param post the post all lists answer
   * @param lists one list per retriever, in a fixed order
   * @param k length of the fused list
   * @return the fused list, ties broken by fact-check id
   */
  RankedList fuse(Post post, List<RankedList> lists, int k);
}
