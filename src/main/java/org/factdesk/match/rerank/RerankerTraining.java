package org.factdesk.match.rerank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factdesk.match.RankedList;
import org.factdesk.model.Match;
import org.factdesk.model.Post;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Builds the reranker's training set from fused candidate lists and their qrels and trains a
 * logistic regression (Tribuo {@link LinearSGDTrainer} with log loss and AdaGrad; pointwise
 * learning-to-rank). Only train/dev qrels may be used.
 */
public final class RerankerTraining {
  static final String OTHER = "other";
  private final RerankFeatures features;
  private final MutableDataset<Label> data;
  private int positives;

  /** @param features the same feature extraction the reranker will use */
  public RerankerTraining(RerankFeatures features) {
    this.features = features;
    LabelFactory factory = new LabelFactory();
    this.data = new MutableDataset<>(new SimpleDataSourceProvenance("factdesk rerank candidates", factory), factory);
  }

  /**
   * Adds one query's candidates twice: as retrieved (each candidate relevant iff its id is in
   * {@code relevant}), and with the relevant fact-checks removed from every list and the ranks
   * closed up, all labelled non-relevant. The second copy stands for a post whose claim has not
   * been fact-checked yet; without it the model learns that the top candidate is nearly always
   * right (every CheckThat! query has a match) and gives unrelated posts high probabilities.
   *
   * @param post the query
   * @param fused its fused candidate list
   * @param firstStage the retrievers' lists, in pipeline order
   * @param relevant relevant fact-check ids from the qrels
   */
  public void add(Post post, RankedList fused, List<RankedList> firstStage, Set<String> relevant) {
    addExamples(post, fused, firstStage, relevant);
    RankedList fusedWithout = fused.without(relevant);
    if (fusedWithout.matches().size() < fused.matches().size()) {
      addExamples(post, fusedWithout, firstStage.stream().map(l -> l.without(relevant)).toList(), relevant);
    }
  }

  private void addExamples(Post post, RankedList fused, List<RankedList> firstStage, Set<String> relevant) {
    if (fused.matches().isEmpty()) {
      return;
    }
    RerankFeatures.PostSide side = features.post(post);
    for (Match m : fused.matches()) {
      boolean rel = relevant.contains(m.factCheck().id());
      positives += rel ? 1 : 0;
      data.add(new ArrayExample<>(new Label(rel ? LearnedReranker.RELEVANT : OTHER), RerankFeatures.NAME_ARRAY,
          features.compute(side, m, fused, firstStage)));
    }
  }

  /** Examples added so far and how many are relevant. */
  public int[] counts() {
    return new int[] {data.size(), positives};
  }

  /**
   * Trains the model (seeded, so repeatable) and writes it to {@code out} (Tribuo protobuf).
   *
   * @throws IllegalStateException with no relevant or no non-relevant example
   */
  public Model<Label> train(Path out) throws IOException {
    if (positives == 0 || positives == data.size()) {
      throw new IllegalStateException("need both relevant and non-relevant candidates to train, got " + positives
          + " relevant of " + data.size());
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 20, -1, 1, 20261129L);
    Model<Label> model = trainer.train(data);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    model.serializeToFile(out);
    return model;
  }
}
