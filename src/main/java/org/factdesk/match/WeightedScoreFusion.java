package org.factdesk.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Match;
import org.factdesk.model.Post;

/**
 * Weighted score fusion (CombSUM over normalised scores; Fox &amp; Shaw 1994): {@code score(d) =
 * Σ_i w_i · conf_i(d)}, where {@code conf_i} is list i's query-independent confidence of d ({@link
 * RankedList#confidence}: BM25 score ÷ its bound, cosine for dense) and 0 when d is not in list i.
 * Weights are tuned on training data. The fused bound is {@code Σ w_i}, so the fused confidence is
 * in [0, 1]. Ties broken by ascending fact-check id.
 */
public final class WeightedScoreFusion implements Fuser {
  /** Tag of fused matches in run files. */
  public static final String TAG = "wsf";
  private final double[] weights;

  /** @param weights one non-negative weight per retriever, in pipeline order */
  public WeightedScoreFusion(double... weights) {
    for (double w : weights) {
      if (!(w >= 0)) {
        throw new IllegalArgumentException("fusion weights must be >= 0, got " + java.util.Arrays.toString(weights));
      }
    }
    this.weights = weights.clone();
  }

  @Override
  public RankedList fuse(Post post, List<RankedList> lists, int k) {
    if (lists.size() != weights.length) {
      throw new IllegalArgumentException("expected " + weights.length + " ranked lists, got " + lists.size());
    }
    Map<String, FactCheck> byId = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    double bound = 0;
    for (int i = 0; i < lists.size(); i++) {
      RankedList list = lists.get(i);
      bound += weights[i];
      for (Match m : list.matches()) {
        byId.putIfAbsent(m.factCheck().id(), m.factCheck());
        scores.merge(m.factCheck().id(), weights[i] * list.confidence(m), Double::sum);
      }
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(scores.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<Match> fused = new ArrayList<>();
    for (int i = 0; i < Math.min(k, entries.size()); i++) {
      fused.add(new Match(post, byId.get(entries.get(i).getKey()), entries.get(i).getValue(), i + 1, TAG));
    }
    return new RankedList(fused, bound);
  }
}
