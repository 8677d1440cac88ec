package org.factdesk.match;

import java.util.List;
import org.factdesk.model.Post;

/**
 * Everything factdesk found for one post.
 *
 * @param post the post
 * @param matches top-k fact-checks, best first
 */
public record PostMatches(Post post, List<RankedMatch> matches) {
  public PostMatches {
    matches = List.copyOf(matches);
  }

  /** The band of the best match, or {@code NONE} when nothing was retrieved. */
  public ConfidenceBand band() {
    return matches.isEmpty() ? ConfidenceBand.NONE : matches.get(0).band();
  }
}
