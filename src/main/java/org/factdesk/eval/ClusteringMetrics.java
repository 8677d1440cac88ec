package org.factdesk.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Extrinsic clustering metrics: item-averaged B-cubed precision/recall/F1 (Bagga &amp; Baldwin 1998,
 * "Entity-based cross-document coreferencing using the vector space model"; Amigó et al. 2009
 * argue for them) and the Adjusted Rand Index (Hubert &amp; Arabie 1985, "Comparing partitions").
 *
 * <p>Both take a clustering as a map item → cluster label; the gold and the predicted map must
 * have the same items. For item {@code i} with predicted cluster {@code C(i)} and gold cluster
 * {@code G(i)}: precision {@code |C(i) ∩ G(i)| / |C(i)|}, recall {@code |C(i) ∩ G(i)| / |G(i)|},
 * each averaged over items; F1 is their harmonic mean. ARI uses the contingency table {@code n_ij}
 * with row sums {@code a_i}, column sums {@code b_j}: {@code (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) +
 * Σ C(b_j,2)) − E)} with {@code E = Σ C(a_i,2) · Σ C(b_j,2) / C(n,2)}; when the denominator is 0
 * (both clusterings all singletons, or both one cluster, hence identical) it is 1, as in
 * scikit-learn. Example: gold {a,b,c},{d,e}, predicted {a,b},{c,d,e} → P = R = F1 = 11/15, ARI =
 * 1/6.
 */
public final class ClusteringMetrics {
  private ClusteringMetrics() {}

  /**
   * Scores of one clustering against gold.
   *
   * @param precision B-cubed precision, 0..1
   * @param recall B-cubed recall, 0..1
   * @param f1 harmonic mean of the two, 0..1
   * @param ari adjusted Rand index, ≤ 1 (0 for chance, may be negative)
   * @param items number of items
   * @param goldClusters number of gold clusters
   * @param predictedClusters number of predicted clusters
   */
  public record Scores(double precision, double recall, double f1, double ari, int items, int goldClusters,
      int predictedClusters) {}

  /**
   * @throws IllegalArgumentException if the maps are empty or do not have the same items
   */
  public static Scores evaluate(Map<String, String> gold, Map<String, String> predicted) {
    if (gold.isEmpty() || !gold.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("gold and predicted clusterings need the same, non-empty items: "
          + gold.size() + " vs " + predicted.size() + " items");
    }
    Map<String, Integer> goldSize = sizes(gold);
    Map<String, Integer> predSize = sizes(predicted);
    Map<String, Integer> cell = new HashMap<>(); // "gold\u0000pred" → n_ij
    for (Map.Entry<String, String> e : gold.entrySet()) {
      cell.merge(key(e.getValue(), Objects.requireNonNull(predicted.get(e.getKey()))), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String pred = predicted.get(e.getKey());
      double overlap = cell.get(key(e.getValue(), pred));
      p += overlap / predSize.get(pred);
      r += overlap / goldSize.get(e.getValue());
    }
    int n = gold.size();
    p /= n;
    r /= n;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double index = cell.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double a = goldSize.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double b = predSize.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double expected = n < 2 ? 0 : a * b / pairs(n);
    double max = (a + b) / 2;
    double ari = max == expected ? 1.0 : (index - expected) / (max - expected);
    return new Scores(p, r, f1, ari, n, goldSize.size(), predSize.size());
  }

  private static Map<String, Integer> sizes(Map<String, String> clustering) {
    Map<String, Integer> out = new HashMap<>();
    clustering.values().forEach(c -> out.merge(Objects.requireNonNull(c, "cluster label"), 1, Integer::sum));
    return out;
  }

  private static String key(String gold, String pred) {
    return gold + '\u0000' + pred;
  }

  private static double pairs(double n) {
    return n * (n - 1) / 2;
  }
}
