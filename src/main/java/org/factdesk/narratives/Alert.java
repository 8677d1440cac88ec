package org.factdesk.narratives;

import java.time.Instant;
import java.util.List;

/**
 * "A narrative already rated false/misleading is rising": one alert record.
 *
 * @param narrativeId the narrative, e.g. {@code n-000042}
 * @param factCheckId the fact-check it is linked to
 * @param verdict the fact-check's textual verdict (or the numeric one as text), e.g. "False"
 * @param windowStart start of the window (inclusive)
 * @param windowEnd end of the window (exclusive)
 * @param score burst score of the window, −log10 p ({@link BurstDetector})
 * @param expected posts expected in the window from the history, λ
 * @param postsInWindow posts of the narrative in the window
 * @param topOutlets up to three public pages/outlets with most posts in the window
 */
public record Alert(String narrativeId, String factCheckId, String verdict, Instant windowStart, Instant windowEnd,
    double score, double expected, long postsInWindow, List<OutletReach> topOutlets) {
  public Alert {
    topOutlets = List.copyOf(topOutlets);
  }
}
