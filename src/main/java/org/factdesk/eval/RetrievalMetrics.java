package org.factdesk.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranking metrics of the CLEF CheckThat! Task 2 (verified claim retrieval) scorer: MAP@k, MRR,
 * P@k, plus R@k.
 *
 * <p>Source: the official scorer {@code scorer/main.py} of CheckThat! 2021/2022 Task 2 (read in
 * the copy {@code Alihoe/CLEFCheckThat2aSimBa} {@code subtask_2a/src/evaluation/scorer/main.py}) and
 * {@code sshaar/clef2020-factchecking-task2} {@code evaluate.py}; both delegate to
 * {@code trectools} ({@code joaopalotti/trectools} {@code trectools/trec_eval.py}, {@code
 * get_map}, {@code get_precision}, {@code get_reciprocal_rank}; 2020 pins trectools 0.0.42). For
 * a ranked list {@code d_1..d_n} of query q with relevant set {@code Rel(q)} (qrels rel > 0):
 *
 * <ul>
 *   <li>{@code AP@k = (Σ_{i ≤ min(k,n), d_i ∈ Rel} hits(i)/i) / |Rel|}, where {@code hits(i)} is
 *       the number of relevant docs in the top i. The denominator is the number of relevant docs
 *       in the qrels, not {@code min(k, |Rel|)} and not the number retrieved; so with two relevant
 *       docs a perfect ranking has AP@1 = 0.5. AP@k is non-decreasing in k. {@code AP@all} uses
 *       the whole list (the official scorer cuts at 1000 in 2021/22 and 10000 in 2020: the same
 *       for runs up to 1000 deep).
 *   <li>{@code RR = 1/i} for the first relevant {@code d_i} in the whole list, else 0 (official:
 *       within the top 1000).
 *   <li>{@code P@k = |Rel ∩ top k| / k} (denominator k even if fewer than k were retrieved).
 *   <li>{@code R@k = |Rel ∩ top k| / |Rel|}; not reported by the official scorer, added here.
 * </ul>
 *
 * <p>Each metric is the mean over the queries of the qrels. A qrels query missing from the run
 * scores 0 (the official scorer refuses to score such a run, so the numbers agree whenever it
 * gives one); a query with no relevant doc scores 0 (as in trectools); run queries absent from the
 * qrels are ignored. Ranked lists are taken in the given order; the official scorer re-sorts by
 * score, docid descending on ties (see {@link RunFile}).
 *
 * <p>Not replicated: trectools does not de-duplicate qrels lines, so a repeated judgement (one in
 * the 2022 dev and 2020 test qrels) counts twice there and can push that query's AP above 1; here
 * it counts once (see {@link Qrels#duplicateLines()}).
 */
public final class RetrievalMetrics {
  /** Cut-offs for MAP@k; {@link #ALL} stands for the whole list. */
  public static final List<Integer> MAP_DEPTHS = List.of(1, 3, 5, 10, 20, Integer.MAX_VALUE);

  /** Cut-offs for P@k. */
  public static final List<Integer> PRECISION_DEPTHS = List.of(1, 3, 5, 10);

  /** Cut-offs for R@k. */
  public static final List<Integer> RECALL_DEPTHS = List.of(1, 5, 10, 20);

  /** Depth meaning "the whole ranked list". */
  public static final int ALL = Integer.MAX_VALUE;

  /** Names of the reported metrics, in report order. */
  public static final List<String> METRIC_NAMES = metricNames();

  private RetrievalMetrics() {}

  /**
   * Scores a run against qrels.
   *
   * @param run qid → docids, best first (e.g. from {@link RunFile#read}); may hold queries not in
   *     the qrels (ignored) and lack qrels queries (scored 0)
   * @throws IllegalArgumentException when a ranked list repeats a docid or contains null
   */
  public static MetricReport evaluate(Map<String, List<String>> run, Qrels qrels) {
    Map<String, Double> sums = new LinkedHashMap<>();
    METRIC_NAMES.forEach(m -> sums.put(m, 0.0));
    Map<String, Double> apAt5 = new LinkedHashMap<>();
    int missing = 0;
    for (String qid : qrels.queryIds()) {
      List<String> ranked = run.get(qid);
      if (ranked == null) {
        missing++;
        ranked = List.of();
      }
      checkDistinct(qid, ranked);
      Set<String> rel = qrels.relevant(qid);
      for (int k : MAP_DEPTHS) {
        sums.merge(mapName(k), averagePrecision(ranked, rel, k), Double::sum);
      }
      sums.merge("MRR", reciprocalRank(ranked, rel), Double::sum);
      for (int k : PRECISION_DEPTHS) {
        sums.merge("P@" + k, precision(ranked, rel, k), Double::sum);
      }
      for (int k : RECALL_DEPTHS) {
        sums.merge("R@" + k, recall(ranked, rel, k), Double::sum);
      }
      apAt5.put(qid, averagePrecision(ranked, rel, 5));
    }
    int n = qrels.queryIds().size();
    Map<String, Double> means = new LinkedHashMap<>();
    sums.forEach((m, s) -> means.put(m, n == 0 ? 0.0 : s / n));
    return new MetricReport(means, n, missing, apAt5);
  }

  /**
   * Average precision at depth k, official CheckThat! definition (see class doc); 0 when {@code
   * relevant} is empty.
   *
   * @param k cut-off ≥ 1, or {@link #ALL}
   */
  public static double averagePrecision(List<String> ranked, Set<String> relevant, int k) {
    checkDepth(k);
    if (relevant.isEmpty()) {
      return 0.0;
    }
    int hits = 0;
    double sum = 0.0;
    int depth = Math.min(k, ranked.size());
    for (int i = 0; i < depth; i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  /** 1 / rank of the first relevant doc in the whole list, 0 if none. */
  public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0.0;
  }

  /** Relevant docs in the top k, divided by k. */
  public static double precision(List<String> ranked, Set<String> relevant, int k) {
    checkDepth(k);
    return (double) hitsAt(ranked, relevant, k) / k;
  }

  /** Relevant docs in the top k, divided by the number of relevant docs; 0 when there are none. */
  public static double recall(List<String> ranked, Set<String> relevant, int k) {
    checkDepth(k);
    return relevant.isEmpty() ? 0.0 : (double) hitsAt(ranked, relevant, k) / relevant.size();
  }

  /** {@code MAP@5} for 5, {@code MAP@all} for {@link #ALL}. */
  public static String mapName(int k) {
    return k == ALL ? "MAP@all" : "MAP@" + k;
  }

  private static int hitsAt(List<String> ranked, Set<String> relevant, int k) {
    int hits = 0;
    int depth = Math.min(k, ranked.size());
    for (int i = 0; i < depth; i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
      }
    }
    return hits;
  }

  private static void checkDepth(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("cut-off must be >= 1, got " + k);
    }
  }

  private static void checkDistinct(String qid, List<String> ranked) {
    Set<String> seen = new HashSet<>();
    for (String d : ranked) {
      if (d == null || !seen.add(d)) {
        throw new IllegalArgumentException(
            "query '" + qid + "': ranked list " + (d == null ? "contains null" : "repeats '" + d + "'"));
      }
    }
  }

  private static List<String> metricNames() {
    List<String> names = new ArrayList<>();
    MAP_DEPTHS.forEach(k -> names.add(mapName(k)));
    names.add("MRR");
    PRECISION_DEPTHS.forEach(k -> names.add("P@" + k));
    RECALL_DEPTHS.forEach(k -> names.add("R@" + k));
    return List.copyOf(names);
  }
}
