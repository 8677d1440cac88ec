package org.factdesk.narratives;

import java.util.Objects;
import org.factdesk.model.Rating;

/**
 * The fact-check a narrative is linked to, and its verdict.
 *
 * @param factCheckId the fact-check's id (e.g. its ClaimReview URL); never blank
 * @param verdict the fact-check's rating; may be null when the fact-check gives none
 */
public record FactCheckLink(String factCheckId, Rating verdict) {
  /** @throws IllegalArgumentException if the id is blank */
  public FactCheckLink {
    if (Objects.requireNonNullElse(factCheckId, "").isBlank()) {
      throw new IllegalArgumentException("fact-check id must not be blank");
    }
  }
}
