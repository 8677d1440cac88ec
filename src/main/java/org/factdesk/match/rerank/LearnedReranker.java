package org.factdesk.match.rerank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.match.RankedList;
import org.factdesk.match.Reranker;
import org.factdesk.model.Match;
import org.factdesk.model.Post;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Reranks fused candidates by a trained model's probability that the candidate is the fact-check
 * the post repeats. The probability is the new score and the confidence (bound 1), so bands are
 * set on a calibrated scale. Ties broken by ascending fact-check id. Thread-safe.
 */
public final class LearnedReranker implements Reranker {
  /** Tag of reranked matches in run files. */
  public static final String TAG = "rerank";
  /** The label of a relevant pair in the training data. */
  static final String RELEVANT = "relevant";
  /** The bundled model, trained on CheckThat! 2022 Task 2A train with the bundled MiniLM encoder. */
  public static final String BUNDLED = "/match/reranker-hybrid.tribuo";

  private final Model<Label> model;
  private final RerankFeatures features;

  /**
   * @param model a Tribuo classification model with labels {@code relevant} / {@code other} over
   *     {@link RerankFeatures#NAMES}
   * @param features feature extraction (same analysis as the index)
   */
  public LearnedReranker(Model<Label> model, RerankFeatures features) {
    this.model = model;
    this.features = features;
  }

  /**
   * Loads the bundled model.
   *
   * @throws IllegalStateException if it is missing from the build
   */
  public static LearnedReranker bundled(RerankFeatures features) {
    try (InputStream in = LearnedReranker.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("reranker model " + BUNDLED + " missing from the build");
      }
      return new LearnedReranker(cast(Model.deserializeFromStream(in)), features);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reranker model " + BUNDLED, e);
    }
  }

  /** Loads a model file written by {@link RerankerTraining}. */
  public static LearnedReranker fromFile(Path file, RerankFeatures features) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new LearnedReranker(cast(Model.deserializeFromStream(in)), features);
    }
  }

  @SuppressWarnings("unchecked")
  private static Model<Label> cast(Model<?> m) {
    if (!m.validate(Label.class)) {
      throw new IllegalStateException("reranker model is not a classification model");
    }
    return (Model<Label>) m;
  }

  @Override
  public RankedList rerank(Post post, RankedList fused, List<RankedList> firstStage, int k) {
    if (fused.matches().isEmpty()) {
      return fused;
    }
    RerankFeatures.PostSide side = features.post(post);
    List<Match> scored = new ArrayList<>(fused.matches().size());
    for (Match m : fused.matches()) {
      double p = probability(features.compute(side, m, fused, firstStage));
      scored.add(new Match(post, m.factCheck(), p, 1, TAG));
    }
    scored.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.factCheck().id()));
    List<Match> out = new ArrayList<>(Math.min(k, scored.size()));
    for (int i = 0; i < Math.min(k, scored.size()); i++) {
      Match m = scored.get(i);
      out.add(new Match(post, m.factCheck(), m.score(), i + 1, TAG));
    }
    return new RankedList(out, 1.0);
  }

  /** P(relevant) for one feature vector. */
  double probability(double[] f) {
    Prediction<Label> p = model.predict(new ArrayExample<>(new Label(RELEVANT), RerankFeatures.NAME_ARRAY, f));
    Label rel = p.getOutputScores().get(RELEVANT);
    return rel == null ? 0 : rel.getScore();
  }
}
