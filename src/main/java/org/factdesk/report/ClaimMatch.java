package org.factdesk.report;

import java.util.Objects;
import org.factdesk.claims.Claim;
import org.factdesk.match.RankedMatch;

/**
 * One claim of a post and, when it was matched on its own, its best match.
 *
 * @param claim the sentence span with its check-worthiness
 * @param best the claim's top match (any band), or null when the claim was not matched on its own
 *     (not check-worthy, or the post has fewer than two check-worthy claims, or nothing retrieved)
 */
public record ClaimMatch(Claim claim, RankedMatch best) {
  public ClaimMatch {
    Objects.requireNonNull(claim, "claim");
  }
}
