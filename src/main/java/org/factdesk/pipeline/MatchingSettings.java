package org.factdesk.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.index.Bm25Params;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexField;
import org.factdesk.index.IndexSettings;
import org.factdesk.match.Bm25Retriever;
import org.factdesk.match.CandidateCosineRetriever;
import org.factdesk.match.CandidateRetriever;
import org.factdesk.match.DenseRetriever;
import org.factdesk.match.QueryVectors;
import org.factdesk.match.Retrieval;
import org.factdesk.match.WeightedScoreFusion;
import org.factdesk.match.rerank.LearnedReranker;
import org.factdesk.match.rerank.RerankFeatures;
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
 * @param thresholds confidence bands per retrieval mode (the confidence scales differ)
 * @param fusionWeights weights of the BM25 and dense confidences in {@link Retrieval#HYBRID}
 */
public record MatchingSettings(
    MultilingualMatchAnalysis analysis,
    Bm25Params bm25,
    Map<IndexField, Float> fieldBoosts,
    int candidateDepth,
    Map<Retrieval, ConfidenceThresholds> thresholds,
    double[] fusionWeights) {

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
        TunedValues.thresholds(),
        new double[] {TunedValues.FUSION_BM25, TunedValues.FUSION_DENSE});
  }

  /** The same settings with another analysis (for tuning). */
  public MatchingSettings withAnalysis(MultilingualMatchAnalysis a, Bm25Params p) {
    return new MatchingSettings(a, p, fieldBoosts, candidateDepth, thresholds, fusionWeights);
  }

  /** The same settings with other fusion weights (for tuning). */
  public MatchingSettings withFusionWeights(double bm25Weight, double denseWeight) {
    return new MatchingSettings(analysis, bm25, fieldBoosts, candidateDepth, thresholds, new double[] {bm25Weight, denseWeight});
  }

  /** Index settings of a lexical-only index. */
  public IndexSettings indexSettings() {
    return indexSettings(null);
  }

  /** Index settings holding vectors of {@code vectorModel} (null for lexical only). */
  public IndexSettings indexSettings(String vectorModel) {
    Map<IndexField, Bm25Params> perField = new EnumMap<>(IndexField.class);
    for (IndexField f : IndexField.values()) {
      perField.put(f, bm25);
    }
    return new IndexSettings(analysis.id(), perField, vectorModel);
  }

  /** The lexical pipeline over an index: BM25 → (single-list) fusion → keep order → bands. */
  public MatchPipeline lexicalPipeline(FactCheckIndex index) {
    return pipeline(Retrieval.BM25, index, null);
  }

  /** The learned reranker: the bundled model, or the one at {@code FACTDESK_RERANKER} (a file). */
  public Reranker reranker() {
    RerankFeatures features = new RerankFeatures(analysis);
    String file = System.getenv("FACTDESK_RERANKER");
    if (file == null || file.isBlank()) {
      return LearnedReranker.bundled(features);
    }
    try {
      return LearnedReranker.fromFile(java.nio.file.Path.of(file), features);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read reranker model " + file, e);
    }
  }

  /**
   * The pipeline for a retrieval mode.
   *
   * @param mode which retrievers and fusion
   * @param index the index (with vectors unless {@code mode} is BM25)
   * @param vectors post vectors (null for BM25)
   * @throws IllegalArgumentException if the mode needs vectors and none are given
   */
  public MatchPipeline pipeline(Retrieval mode, FactCheckIndex index, QueryVectors vectors) {
    if (mode.needsVectors() && (vectors == null || index.embedder() == null)) {
      throw new IllegalArgumentException("retriever " + mode.label() + " needs sentence vectors (an index built with an encoder)");
    }
    Bm25Retriever lexical = new Bm25Retriever(index, fieldBoosts);
    ConfidenceThresholds t = thresholds.get(mode);
    if (mode.needsVectors() && !index.backend().nativeKnn()) {
      // no vector search in this back end (see IndexOpener's log line): cosine over the BM25 candidates
      CandidateRetriever dense = new CandidateCosineRetriever(lexical, index, vectors);
      return switch (mode) {
        case BM25 -> throw new AssertionError("bm25 needs no vectors");
        case DENSE -> new MatchPipeline(List.of(dense), new ReciprocalRankFusion(60), Reranker.KEEP_ORDER, t, candidateDepth);
        case HYBRID_RRF -> new MatchPipeline(List.of(lexical, dense), new ReciprocalRankFusion(60), Reranker.KEEP_ORDER, t,
            candidateDepth);
        case HYBRID_WSF -> new MatchPipeline(List.of(lexical, dense), new WeightedScoreFusion(fusionWeights),
            Reranker.KEEP_ORDER, t, candidateDepth);
        case HYBRID -> new MatchPipeline(List.of(lexical, dense), new WeightedScoreFusion(fusionWeights), reranker(), t,
            candidateDepth);
      };
    }
    return switch (mode) {
      case BM25 -> new MatchPipeline(List.of(lexical), new ReciprocalRankFusion(60), Reranker.KEEP_ORDER, t, candidateDepth);
      case DENSE -> new MatchPipeline(List.of(new DenseRetriever(index, vectors)), new ReciprocalRankFusion(60),
          Reranker.KEEP_ORDER, t, candidateDepth);
      case HYBRID_RRF -> new MatchPipeline(List.of(lexical, new DenseRetriever(index, vectors)),
          new ReciprocalRankFusion(60), Reranker.KEEP_ORDER, t, candidateDepth);
      case HYBRID_WSF -> new MatchPipeline(List.of(lexical, new DenseRetriever(index, vectors)),
          new WeightedScoreFusion(fusionWeights), Reranker.KEEP_ORDER, t, candidateDepth);
      case HYBRID -> new MatchPipeline(List.of(lexical, new DenseRetriever(index, vectors)),
          new WeightedScoreFusion(fusionWeights), reranker(), t, candidateDepth);
    };
  }
}
