package org.factdesk.web.api;

import java.util.List;

/** Finds the published fact-checks a text repeats; the engine behind {@code POST /api/v1/match}. */
public interface TextMatcher {
  /**
   * @param text the text to match; not blank
   * @param topK most matches to return, 1–50
   * @param threshold least confidence a match needs, in [0, 1]
   * @return at most {@code topK} matches with confidence ≥ {@code threshold}, best first
   */
  List<TextMatch> match(String text, int topK, double threshold);
}
