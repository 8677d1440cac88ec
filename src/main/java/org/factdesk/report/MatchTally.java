package org.factdesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.match.ConfidenceBand;
import org.factdesk.match.PostMatches;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;

/**
 * Aggregates match results as posts stream past, in memory bounded by the number of distinct
 * matched fact-checks (plus a fixed number of sample posts each): counts per band, how often each
 * fact-check was the top match, and samples of unmatched posts.
 */
public final class MatchTally {
  /** One fact-check's tally. */
  public static final class FactCheckTally {
    private final FactCheck factCheck;
    private long confident;
    private long suggested;
    private long engagement;
    private final List<RankedPost> samples = new ArrayList<>();

    FactCheckTally(FactCheck factCheck) {
      this.factCheck = factCheck;
    }

    public FactCheck factCheck() {
      return factCheck;
    }

    /** Posts whose top match this was, confident or suggested. */
    public long posts() {
      return confident + suggested;
    }

    public long confident() {
      return confident;
    }

    public long suggested() {
      return suggested;
    }

    /** Total public engagement of those posts. */
    public long engagement() {
      return engagement;
    }

    /** Up to the tally's sample limit of matching posts, in arrival order. */
    public List<RankedPost> samples() {
      return List.copyOf(samples);
    }
  }

  /** A post with the confidence and band of its top match. */
  public record RankedPost(Post post, double confidence, ConfidenceBand band) {}

  private final int samplesPerFactCheck;
  private final int unmatchedSamples;
  private final Map<ConfidenceBand, Long> bands = new EnumMap<>(ConfidenceBand.class);
  private final Map<String, FactCheckTally> byFactCheck = new HashMap<>();
  private final List<Post> unmatched = new ArrayList<>();
  private long posts;

  /**
   * @param samplesPerFactCheck sample posts kept per fact-check
   * @param unmatchedSamples unmatched posts kept
   */
  public MatchTally(int samplesPerFactCheck, int unmatchedSamples) {
    this.samplesPerFactCheck = samplesPerFactCheck;
    this.unmatchedSamples = unmatchedSamples;
    for (ConfidenceBand b : ConfidenceBand.values()) {
      bands.put(b, 0L);
    }
  }

  /** Counts one post's result. */
  public synchronized void add(PostMatches pm) {
    posts++;
    ConfidenceBand band = pm.band();
    bands.merge(band, 1L, Long::sum);
    if (band == ConfidenceBand.NONE) {
      if (unmatched.size() < unmatchedSamples) {
        unmatched.add(pm.post());
      }
      return;
    }
    RankedMatch top = pm.matches().get(0);
    FactCheckTally t = byFactCheck.computeIfAbsent(top.match().factCheck().id(), id -> new FactCheckTally(top.match().factCheck()));
    if (band == ConfidenceBand.CONFIDENT) {
      t.confident++;
    } else {
      t.suggested++;
    }
    t.engagement += pm.post().engagement().total();
    if (t.samples.size() < samplesPerFactCheck) {
      t.samples.add(new RankedPost(pm.post(), top.confidence(), band));
    }
  }

  public synchronized long posts() {
    return posts;
  }

  /** Posts whose top match falls in this band. */
  public synchronized long count(ConfidenceBand band) {
    return bands.get(band);
  }

  /** Fact-checks by posts matched, most first; ties by id. */
  public synchronized List<FactCheckTally> topFactChecks(int n) {
    return byFactCheck.values().stream()
        .sorted(Comparator.comparingLong(FactCheckTally::posts).reversed()
            .thenComparing(t -> t.factCheck().id()))
        .limit(n)
        .toList();
  }

  /** Distinct fact-checks that were some post's top match. */
  public synchronized int matchedFactChecks() {
    return byFactCheck.size();
  }

  /** Sample of posts with no match, in arrival order. */
  public synchronized List<Post> unmatchedSamples() {
    return List.copyOf(unmatched);
  }
}
