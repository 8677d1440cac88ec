package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.claims.CheckWorthinessSplit;
import org.factdesk.claims.CheckWorthinessTraining;
import org.factdesk.claims.LabelledSentence;
import org.factdesk.claims.LearnedCheckWorthinessScorer;
import org.factdesk.eval.ClassificationMetrics;
import org.factdesk.eval.ClassificationMetrics.Scored;
import org.factdesk.ingest.Quarantine;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Trains the check-worthiness model on the <b>train</b> split of {@link CheckWorthinessCorpus},
 * chooses its threshold on <b>dev</b> (highest balanced accuracy, {@link
 * ClassificationMetrics#bestBalancedThreshold}: the share of positives in these sets is an artefact
 * of how many sentences each source gave, so F1, which depends on it, is not used to choose)
 * and writes the model and its properties file. Dev-test is never read here.
 */
public final class CheckWorthinessTrainJob {
  /**
   * @param trainSentences sentences in the train split (before augmentation)
   * @param trainExamples examples trained on, with the Vietnamese unpunctuated copies
   * @param threshold chosen on dev
   * @param dev dev confusion counts at that threshold
   */
  public record Summary(int trainSentences, int trainExamples, int trainPositives, int devSentences, double threshold,
      ClassificationMetrics.AtThreshold dev) {}

  private final PrintStream log;

  public CheckWorthinessTrainJob(PrintStream log) {
    this.log = log;
  }

  /** Reads the corpus from {@code datasets} and trains; see {@link #run(CheckWorthinessCorpus, Path, long)}. */
  public Summary run(Path datasets, Path out, long seed, Quarantine quarantine) throws IOException {
    CheckWorthinessCorpus corpus = CheckWorthinessCorpus.load(datasets, quarantine);
    for (CheckWorthinessSplit split : CheckWorthinessSplit.values()) {
      log.println("check-worthiness " + split.label() + ": " + describe(corpus.split(split)));
    }
    corpus.dropped().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> log.println("  left out: " + e.getValue() + " × " + e.getKey()));
    return run(corpus.split(CheckWorthinessSplit.TRAIN), corpus.split(CheckWorthinessSplit.DEV), out, seed);
  }

  /**
   * Trains on {@code train}, tunes the threshold on {@code dev}, writes {@code out} and its
   * properties file.
   */
  public Summary run(List<LabelledSentence> train, List<LabelledSentence> dev, Path out, long seed) throws IOException {
    CheckWorthinessTraining training = new CheckWorthinessTraining(seed);
    train.forEach(training::add);
    int[] counts = training.counts();
    log.printf(Locale.ROOT, "training on %d examples (%d check-worthy), seed %d%n", counts[0], counts[1], seed);
    Model<Label> model = training.train();
    LearnedCheckWorthinessScorer untuned = new LearnedCheckWorthinessScorer(model, 0.5);
    List<Scored> scored = new ArrayList<>(dev.size());
    for (LabelledSentence s : dev) {
      scored.add(new Scored(s.id(), untuned.score(s.text()), s.checkWorthy()));
    }
    double threshold = dev.isEmpty() ? 0.5 : ClassificationMetrics.bestBalancedThreshold(scored);
    ClassificationMetrics.AtThreshold at = ClassificationMetrics.atThreshold(scored, threshold);
    Map<String, String> props = new LinkedHashMap<>();
    props.put("threshold", String.format(Locale.ROOT, "%.2f", threshold));
    props.put("seed", Long.toString(seed));
    props.put("train.sentences", Integer.toString(train.size()));
    props.put("train.examples", Integer.toString(counts[0]));
    props.put("train.positives", Integer.toString(counts[1]));
    props.put("train.sources", describe(train));
    props.put("dev.sentences", Integer.toString(dev.size()));
    props.put("dev.precision", String.format(Locale.ROOT, "%.4f", at.precision()));
    props.put("dev.recall", String.format(Locale.ROOT, "%.4f", at.recall()));
    props.put("dev.f1", String.format(Locale.ROOT, "%.4f", at.f1()));
    props.put("dev.balanced_accuracy", String.format(Locale.ROOT, "%.4f", at.balancedAccuracy()));
    CheckWorthinessTraining.write(model, out, props);
    log.printf(Locale.ROOT, "threshold %.2f (best balanced accuracy on dev, %.4f: P %.4f R %.4f F1 %.4f); model written to %s%n",
        threshold, at.balancedAccuracy(), at.precision(), at.recall(), at.f1(), out);
    return new Summary(train.size(), counts[0], counts[1], dev.size(), threshold, at);
  }

  /** {@code "N sentences: source claims/others, …"}. */
  static String describe(List<LabelledSentence> sentences) {
    StringBuilder sb = new StringBuilder().append(sentences.size()).append(" sentences:");
    CheckWorthinessCorpus.countsBySource(sentences).forEach((source, c) ->
        sb.append(' ').append(source).append(' ').append(c[0]).append('/').append(c[1]).append(','));
    sb.setLength(sb.length() - 1);
    return sb.append(" (check-worthy/other)").toString();
  }
}
