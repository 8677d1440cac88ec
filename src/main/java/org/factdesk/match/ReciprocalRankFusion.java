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
 * Reciprocal rank fusion: {@code score(d) = Σ_lists 1 / (c + rank(d))} (Cormack, Clarke &amp;
 * Büttcher, SIGIR 2009, who found {@code c = 60} robust).
 *
 * <p>A single list passes through with its own scores and bound, so a one-retriever pipeline keeps
 * BM25 scores. Ties are broken by ascending fact-check id.
 */
public final class ReciprocalRankFusion implements Fuser {
  /** Tag of fused matches in run files. */
  public static final String TAG = "rrf";
  private final int c;

  /** @param c the rank constant, ≥ 1 (60 in the paper) */
  public ReciprocalRankFusion(int c) {
    if (c < 1) {
      throw new IllegalArgumentException("RRF constant must be >= 1, got " + c);
    }
    this.c = c;
  }

  @Override
  public RankedList fuse(Post post, List<RankedList> lists, int k) {
    if (lists.size() == 1) {
      List<Match> only = lists.get(0).matches();
      return new RankedList(only.subList(0, Math.min(k, only.size())), lists.get(0).scoreBound());
    }
    Map<String, FactCheck> byId = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (RankedList list : lists) {
      for (Match m : list.matches()) {
        byId.putIfAbsent(m.factCheck().id(), m.factCheck());
        scores.merge(m.factCheck().id(), 1.0 / (c + m.rank()), Double::sum);
      }
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(scores.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<Match> fused = new ArrayList<>();
    for (int i = 0; i < Math.min(k, entries.size()); i++) {
      Map.Entry<String, Double> e = entries.get(i);
      fused.add(new Match(post, byId.get(e.getKey()), e.getValue(), i + 1, TAG));
    }
    return new RankedList(fused, lists.size() / (double) (c + 1));
  }
}
