package org.factdesk.narratives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline narratives are compared with: single-pass clustering of TF-IDF vectors by cosine
 * to the cluster centroid (the classic first-story-detection/"single-pass" scheme, e.g. Allan,
 * Papka &amp; Lavrenko 1998, "On-line new event detection and tracking").
 *
 * <p>Tokens are {@link MinHasher#tokens} (normalised, diacritic-folded words); weights are raw term
 * frequency × {@code ln(N / df)} with document frequencies counted over the whole input up front
 * (so it sees the future, which only helps it), and vectors are L2-normalised. Each item joins the
 * cluster whose summed vector has the highest cosine ≥ the threshold (ties → lowest cluster),
 * else starts a new one. Deterministic for the same input order.
 */
public final class TfidfCosineClusterer {
  private TfidfCosineClusterer() {}

  /**
   * @param texts the items, in arrival order
   * @param threshold minimum cosine to join a cluster
   * @return the cluster number (0, 1, …) of each item, in input order
   */
  public static int[] cluster(List<String> texts, double threshold) {
    List<Map<String, Integer>> tf = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      Map<String, Integer> counts = new HashMap<>();
      MinHasher.tokens(t).forEach(w -> counts.merge(w, 1, Integer::sum));
      counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      tf.add(counts);
    }
    int n = texts.size();
    List<Map<String, Double>> sums = new ArrayList<>();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
        double w = e.getValue() * Math.log((double) n / df.get(e.getKey()));
        if (w > 0) {
          v.put(e.getKey(), w);
          norm += w * w;
        }
      }
      double len = Math.sqrt(norm);
      v.replaceAll((w, x) -> x / len);
      int best = -1;
      double bestCos = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < sums.size(); c++) {
        double cos = cosine(v, sums.get(c));
        if (cos >= threshold && cos > bestCos) {
          best = c;
          bestCos = cos;
        }
      }
      if (best < 0) {
        best = sums.size();
        sums.add(new HashMap<>());
      }
      Map<String, Double> sum = sums.get(best);
      v.forEach((w, x) -> sum.merge(w, x, Double::sum));
      out[i] = best;
    }
    return out;
  }

  private static double cosine(Map<String, Double> unit, Map<String, Double> sum) {
    if (unit.isEmpty()) {
      return 0;
    }
    double dot = 0;
    double norm = 0;
    for (double x : sum.values()) {
      norm += x * x;
    }
    for (Map.Entry<String, Double> e : unit.entrySet()) {
      dot += e.getValue() * sum.getOrDefault(e.getKey(), 0.0);
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }
}
