package org.factdesk.index;

import java.util.List;

/**
 * The top hits of a query plus the score a perfect document could reach.
 *
 * @param hits best first; ties broken by ascending id so runs repeat exactly
 * @param maxPossibleScore upper bound of any document's score for this query: Σ over query terms
 *     and fields of {@code boost × idf} (Lucene's BM25 term score tends to {@code boost × idf} as
 *     term frequency grows). {@code score / maxPossibleScore} is in [0, 1) and comparable across
 *     queries; 0 when the query is empty
 */
public record SearchResult(List<SearchHit> hits, double maxPossibleScore) {
  /** No hits. */
  public static final SearchResult EMPTY = new SearchResult(List.of(), 0);

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** {@code score / maxPossibleScore} of a hit, or 0 when the bound is 0. */
  public double normalized(SearchHit hit) {
    return maxPossibleScore > 0 ? hit.score() / maxPossibleScore : 0;
  }
}
