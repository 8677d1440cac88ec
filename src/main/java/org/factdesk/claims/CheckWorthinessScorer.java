package org.factdesk.claims;

/**
 * Scores how check-worthy one sentence is: how likely it asserts a verifiable fact (figures,
 * named people or bodies, causal, medical or statistical statements, quotes) rather than an
 * opinion, question, complaint or greeting. A low score means "not a factual claim", never
 * "false". Implementations must be thread-safe and deterministic.
 */
public interface CheckWorthinessScorer {

  /**
   * @param sentence one sentence as written in the post (links, handles, emoji allowed)
   * @return a score in [0, 1]; higher is more check-worthy
   */
  double score(String sentence);

  /** Sentences scoring at or above this are check-worthy. */
  double threshold();

  /** Short name for reports ({@code learned}, {@code baseline-rules}). */
  String name();
}
