package org.factdesk.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.index.Bm25Params;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexField;
import org.factdesk.index.IndexSettings;
import org.factdesk.match.Bm25Retriever;
import org.factdesk.match.ConfidenceThresholds;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.ReciprocalRankFusion;
import org.factdesk.match.Reranker;
import org.factdesk.text.LanguageIdentifier;
import org.factdesk.text.analysis.MatchAnalyzer;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;

/**
 * The matching configuration: analysis chains, BM25 parameters, field weights, candidate depth and
 * confidence thresholds. {@link #defaults()} holds the values tuned on the CheckThat! 2022 Task 2A
 * train split (documented with their measurements in {@code docs/benchmarks.md}).
 *
 * @param analysis the per-language analysis chains for documents and queries
 * @param bm25 BM25 parameters, the same for every field
 * @param fieldBoosts weight per field in the summed BM25 score
 * @param candidateDepth candidates retrieved per post before fusion/reranking
 * @param thresholds confidence bands
 */
public record MatchingSettings(
    MultilingualMatchAnalysis analysis,
    Bm25Params bm25,
    Map<IndexField, Float> fieldBoosts,
    int candidateDepth,
    ConfidenceThresholds thresholds) {

  /** The tuned defaults. */
  public static MatchingSettings defaults() {
    Map<IndexField, Float> boosts = new EnumMap<>(IndexField.class);
    boosts.put(IndexField.CLAIM, TunedValues.CLAIM_BOOST);
    boosts.put(IndexField.TITLE, TunedValues.TITLE_BOOST);
    boosts.put(IndexField.SUBTITLE, TunedValues.SUBTITLE_BOOST);
    boosts.put(IndexField.ALL, TunedValues.ALL_BOOST);
    boosts.put(IndexField.ALL_FOLDED, TunedValues.FOLDED_BOOST);
    return new MatchingSettings(
        new MultilingualMatchAnalysis(new MatchAnalyzer(TunedValues.STEMMER, TunedValues.STOP_WORDS), LanguageIdentifier.standard()),
        new Bm25Params(TunedValues.K1, TunedValues.B),
        boosts,
        TunedValues.CANDIDATE_DEPTH,
        new ConfidenceThresholds(TunedValues.CONFIDENT, TunedValues.SUGGESTED, TunedValues.MIN_WORDS_CONFIDENT));
  }

  /** Index settings matching this configuration. */
  public IndexSettings indexSettings() {
    Map<IndexField, Bm25Params> perField = new EnumMap<>(IndexField.class);
    for (IndexField f : IndexField.values()) {
      perField.put(f, bm25);
    }
    return new IndexSettings(analysis.id(), perField);
  }

  /** The lexical pipeline over an index: BM25 → (single-list) fusion → keep order → bands. */
  public MatchPipeline lexicalPipeline(FactCheckIndex index) {
    return new MatchPipeline(
        List.of(new Bm25Retriever(index, fieldBoosts)),
        new ReciprocalRankFusion(60),
        Reranker.KEEP_ORDER,
        thresholds,
        candidateDepth);
  }
}
