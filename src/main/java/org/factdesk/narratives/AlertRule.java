package org.factdesk.narratives;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.Rating;

/**
 * The rule "a narrative already rated false/misleading is rising".
 *
 * <p>The window is the hour or local day containing {@code now}; the history is the {@code
 * historyWindows} windows before it (zeros before the narrative's first post count: a narrative
 * that appears in force is rising). A narrative gives an alert when it is linked to a fact-check
 * whose verdict {@link Verdicts#isFalseOrMisleading}, it has at least {@code minPostsInWindow}
 * posts in the window, and {@link BurstDetector} scores the window at least {@code minScore}
 * above the history's rate. Posts without a time are ignored.
 *
 * @param minScore minimum −log10 p, e.g. 3 for p ≤ 0.001
 * @param minPostsInWindow minimum posts in the window, ≥ 1
 * @param window {@link ChronoUnit#HOURS} or {@link ChronoUnit#DAYS}
 * @param historyWindows windows of history, ≥ 1
 * @param zone time zone of the windows
 */
public record AlertRule(double minScore, int minPostsInWindow, ChronoUnit window, int historyWindows, ZoneId zone) {
  /** p ≤ 0.001, at least 5 posts, today vs the 7 days before, days in Asia/Ho_Chi_Minh. */
  public static AlertRule defaults() {
    return new AlertRule(3.0, 5, ChronoUnit.DAYS, 7, NarrativeTrends.VIETNAM);
  }

  /** @throws IllegalArgumentException on a bad window, history or minimum */
  public AlertRule {
    if (window != ChronoUnit.HOURS && window != ChronoUnit.DAYS) {
      throw new IllegalArgumentException("window is HOURS or DAYS, got " + window);
    }
    if (historyWindows < 1 || minPostsInWindow < 1 || !(minScore >= 0)) {
      throw new IllegalArgumentException("need historyWindows >= 1, minPostsInWindow >= 1, minScore >= 0");
    }
  }

  /** The alert for a narrative in the window containing {@code now}, if the rule fires. */
  public Optional<Alert> evaluate(Narrative n, Instant now) {
    FactCheckLink fc = n.factCheck();
    if (fc == null || !Verdicts.isFalseOrMisleading(fc.verdict())) {
      return Optional.empty();
    }
    Instant start = NarrativeTrends.bucketStart(now, zone, window);
    Instant end = NarrativeTrends.next(start, zone, window);
    Instant historyStart = NarrativeTrends.minus(start, historyWindows, zone, window);
    NarrativeTrends trends = NarrativeTrends.of(n, zone, window);
    long[] history = trends.series(historyStart, historyWindows);
    Map<String, long[]> outlets = new HashMap<>();
    long inWindow = 0;
    for (NarrativePost p : n.posts()) {
      Instant t = p.publishedAt();
      if (t != null && !t.isBefore(start) && t.isBefore(end)) {
        inWindow++;
        long[] r = outlets.computeIfAbsent(p.source() == null ? OutletReach.UNKNOWN : p.source(), s -> new long[2]);
        r[0]++;
        r[1] += p.engagement();
      }
    }
    if (inWindow < minPostsInWindow) {
      return Optional.empty();
    }
    BurstDetector.Burst burst = BurstDetector.score(history, inWindow);
    if (!burst.rising(minScore)) {
      return Optional.empty();
    }
    List<OutletReach> top = NarrativeTrends.outlets(outlets);
    return Optional.of(new Alert(n.id(), fc.factCheckId(), verdictText(fc.verdict()), start, end, burst.score(),
        burst.expected(), inWindow, top.subList(0, Math.min(3, top.size()))));
  }

  private static String verdictText(Rating r) {
    if (r.alternateName() != null && !r.alternateName().isBlank()) {
      return r.alternateName();
    }
    return r.ratingValue() + "/" + (r.bestRating() == null ? 5.0 : r.bestRating());
  }
}
