package org.factdesk.web.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A narrative as the public API shows it: posts saying the same thing, counted, never listed by
 * author (claims, not people).
 *
 * @param id stable narrative id, e.g. {@code n-000001}
 * @param size number of posts
 * @param firstSeen day of the first dated post (Asia/Ho_Chi_Minh); may be null
 * @param lastSeen day of the last dated post; may be null
 * @param verdict verdict label of the linked fact-check ({@code Sai}); null when none is linked
 * @param factCheckUrl URL of the linked published fact-check; null when none
 * @param risingScore burst score of the latest day (−log10 p); null when not computed
 * @param outlets public pages/outlets with the most posts, most first (≤ 5); never authors
 */
public record NarrativeSummary(String id, int size, LocalDate firstSeen, LocalDate lastSeen, String verdict,
    String factCheckUrl, Double risingScore, List<String> outlets) {
  public NarrativeSummary {
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }
}
