package org.factdesk.match;

import java.util.List;
import org.factdesk.model.Match;

/**
 * A ranked list of candidate fact-checks for one post from one stage.
 *
 * @param matches best first, ranks 1..n
 * @param scoreBound an upper bound of the scores this stage can give for this post (BM25: Σ boost ×
 *     idf over query terms); {@code score / scoreBound} is the stage's query-independent confidence
 *     in [0, 1]; 0 when unknown
 */
public record RankedList(List<Match> matches, double scoreBound) {
  /** Nothing retrieved. */
  public static final RankedList EMPTY = new RankedList(List.of(), 0);

  public RankedList {
    matches = List.copyOf(matches);
  }

  /** This list without the given fact-check ids, ranks renumbered from 1, same bound. */
  public RankedList without(java.util.Set<String> ids) {
    if (ids.isEmpty()) {
      return this;
    }
    List<Match> kept = new java.util.ArrayList<>();
    for (Match m : matches) {
      if (!ids.contains(m.factCheck().id())) {
        kept.add(new Match(m.post(), m.factCheck(), m.score(), kept.size() + 1, m.retriever()));
      }
    }
    return new RankedList(kept, scoreBound);
  }

  /** {@code score / scoreBound} clamped to [0, 1], or 0 when there is no bound. */
  public double confidence(Match match) {
    if (scoreBound <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, match.score() / scoreBound));
  }
}
