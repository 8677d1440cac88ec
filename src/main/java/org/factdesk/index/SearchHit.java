package org.factdesk.index;

import org.factdesk.model.FactCheck;

/**
 * One retrieved fact-check.
 *
 * @param factCheck the stored record
 * @param score BM25 score (sum over boosted fields); higher is better
 */
public record SearchHit(FactCheck factCheck, double score) {
  /** The fact-check id. */
  public String id() {
    return factCheck.id();
  }
}
