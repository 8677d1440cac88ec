package org.factdesk.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.claims.CheckWorthinessScorer;
import org.factdesk.claims.LabelledSentence;
import org.factdesk.eval.ClassificationMetrics;
import org.factdesk.eval.ClassificationMetrics.Scored;

/**
 * Scores one split of the check-worthiness data with several scorers in the same run: precision,
 * recall and F1 of "check-worthy" at each scorer's threshold, and average precision of the
 * ranking by score, over all sentences and per language; MAP is the mean of the English and
 * Vietnamese APs (each language is one ranked list, as CheckThat! Task 1 ranks per topic). Also
 * the share of each source's sentences a scorer flags (recall for claim sources, false-positive
 * rate for the non-claims).
 */
public final class CheckWorthinessEvalJob {
  /** Groups reported: everything, then per language. */
  public static final List<String> GROUPS = List.of("all", "en", "vi");

  /** One scorer on one group. */
  public record Row(String scorer, String group, int claims, int others, double precision, double recall, double f1,
      double averagePrecision) {}

  /** One source: its counts and the share flagged check-worthy by each scorer (scorer → share). */
  public record SourceRow(String source, int claims, int others, Map<String, Double> flagged) {}

  /**
   * @param rows per scorer, per group in {@link #GROUPS} order
   * @param meanAveragePrecision scorer → mean of its en and vi APs
   * @param thresholds scorer → its threshold
   */
  public record Summary(List<Row> rows, List<SourceRow> sources, Map<String, Double> meanAveragePrecision,
      Map<String, Double> thresholds) {}

  /**
   * @param sentences the split's labelled sentences (distinct ids)
   * @param scorers scored in this order
   */
  public Summary run(List<LabelledSentence> sentences, List<CheckWorthinessScorer> scorers) {
    List<Row> rows = new ArrayList<>();
    Map<String, Double> map = new LinkedHashMap<>();
    Map<String, Double> thresholds = new LinkedHashMap<>();
    Map<String, Map<String, Double>> flaggedBySource = new LinkedHashMap<>();
    Map<String, int[]> counts = CheckWorthinessCorpus.countsBySource(sentences);
    for (CheckWorthinessScorer scorer : scorers) {
      List<Scored> scored = new ArrayList<>(sentences.size());
      for (LabelledSentence s : sentences) {
        scored.add(new Scored(s.id(), scorer.score(s.text()), s.checkWorthy()));
      }
      double apSum = 0;
      for (String group : GROUPS) {
        List<Scored> in = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
          if (group.equals("all") || sentences.get(i).language().equals(group)) {
            in.add(scored.get(i));
          }
        }
        ClassificationMetrics.AtThreshold at = ClassificationMetrics.atThreshold(in, scorer.threshold());
        double ap = ClassificationMetrics.averagePrecision(in);
        int claims = (int) in.stream().filter(Scored::positive).count();
        rows.add(new Row(scorer.name(), group, claims, in.size() - claims, at.precision(), at.recall(), at.f1(), ap));
        if (!group.equals("all")) {
          apSum += ap;
        }
      }
      map.put(scorer.name(), apSum / (GROUPS.size() - 1));
      thresholds.put(scorer.name(), scorer.threshold());
      for (String source : counts.keySet()) {
        int n = 0;
        int flagged = 0;
        for (int i = 0; i < sentences.size(); i++) {
          if (sentences.get(i).source().equals(source)) {
            n++;
            flagged += scored.get(i).score() >= scorer.threshold() ? 1 : 0;
          }
        }
        flaggedBySource.computeIfAbsent(source, k -> new LinkedHashMap<>()).put(scorer.name(), flagged / (double) n);
      }
    }
    List<SourceRow> sources = new ArrayList<>();
    counts.forEach((source, c) -> sources.add(new SourceRow(source, c[0], c[1], Map.copyOf(flaggedBySource.get(source)))));
    return new Summary(rows, sources, map, thresholds);
  }
}
