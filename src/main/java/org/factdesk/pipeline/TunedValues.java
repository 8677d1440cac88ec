package org.factdesk.pipeline;

import org.factdesk.text.analysis.MatchAnalyzer;

/**
 * Matching parameters tuned on the CheckThat! 2022 Task 2A English <b>train</b> split only (dev
 * used as a sanity check; dev-test and the 2020 test never used for choices). How they were chosen,
 * with the grid and its scores: {@code docs/benchmarks.md}, section "Tuning the lexical matcher".
 */
final class TunedValues {
  private TunedValues() {}

  static final MatchAnalyzer.Stemmer STEMMER = MatchAnalyzer.Stemmer.PORTER;
  static final boolean STOP_WORDS = true;
  static final float K1 = 1.2f;
  static final float B = 0.75f;
  static final float CLAIM_BOOST = 0f;
  static final float TITLE_BOOST = 0f;
  static final float SUBTITLE_BOOST = 0f;
  static final float ALL_BOOST = 1f;
  /** Weight of the diacritic-folded field for Vietnamese posts (exact-form field weighs 1). */
  static final float FOLDED_BOOST = 0.5f;
  static final int CANDIDATE_DEPTH = 20;
  /** Fusion weights of the BM25 and dense confidences: dense weight from {0.1 … 3} by train MAP@5 (docs/benchmarks.md). */
  static final double FUSION_BM25 = 1.0;
  static final double FUSION_DENSE = 0.25;

  /**
   * Confidence bands per retrieval mode: {@code confident} = lowest threshold with top-1 precision
   * ≥ 0.95; {@code suggested} = precision ≥ 0.50, except for the reranker (≥ 0.80, to spare editors'
   * time); from {@code factdesk eval --calibrate} (negatives: the pipeline re-run with the relevant
   * fact-checks removed) on the CheckThat! 2022 train split (BM25, dense) and dev split (fusions and
   * the reranker, which was trained on train). Tables in docs/benchmarks.md.
   */
  static java.util.Map<org.factdesk.match.Retrieval, org.factdesk.match.ConfidenceThresholds> thresholds() {
    var m = new java.util.EnumMap<org.factdesk.match.Retrieval, org.factdesk.match.ConfidenceThresholds>(
        org.factdesk.match.Retrieval.class);
    m.put(org.factdesk.match.Retrieval.BM25, new org.factdesk.match.ConfidenceThresholds(CONFIDENT, SUGGESTED, MIN_WORDS_CONFIDENT));
    m.put(org.factdesk.match.Retrieval.DENSE, new org.factdesk.match.ConfidenceThresholds(0.68, 0.48, MIN_WORDS_CONFIDENT));
    m.put(org.factdesk.match.Retrieval.HYBRID_RRF, new org.factdesk.match.ConfidenceThresholds(1.00, 0.51, MIN_WORDS_CONFIDENT));
    m.put(org.factdesk.match.Retrieval.HYBRID_WSF, new org.factdesk.match.ConfidenceThresholds(0.26, 0.10, MIN_WORDS_CONFIDENT));
    m.put(org.factdesk.match.Retrieval.HYBRID, new org.factdesk.match.ConfidenceThresholds(0.82, 0.30, MIN_WORDS_CONFIDENT));
    return m;
  }

  /** Lowest thresholds with top-1 precision >= 0.95 (confident) and >= 0.50 (suggested) in {@code factdesk eval --calibrate} on the 2022 train split. */
  static final double CONFIDENT = 0.23;
  static final double SUGGESTED = 0.09;
  /** Texts under 8 words are never auto-linked (issue #4's rule, kept from the start). */
  static final int MIN_WORDS_CONFIDENT = 8;
}
