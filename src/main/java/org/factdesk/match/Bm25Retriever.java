package org.factdesk.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexField;
import org.factdesk.index.SearchHit;
import org.factdesk.index.SearchResult;
import org.factdesk.model.Match;
import org.factdesk.model.Post;

/**
 * Lexical retrieval: BM25 over claim, title and subtitle, per-field scores summed with weights.
 * Weights were tuned on the CheckThat! 2022 train split (see {@code docs/benchmarks.md}).
 */
public final class Bm25Retriever implements CandidateRetriever {
  /** Tag in run files. */
  public static final String TAG = "bm25";
  private final FactCheckIndex index;
  private final Map<IndexField, Float> boosts;

  /**
   * @param index the analysed fact-check index
   * @param boosts weight per field; fields with weight 0 are not searched
   */
  public Bm25Retriever(FactCheckIndex index, Map<IndexField, Float> boosts) {
    this.index = index;
    this.boosts = new EnumMap<>(boosts);
  }

  @Override
  public String tag() {
    return TAG;
  }

  @Override
  public RankedList retrieve(Post post, int k) throws IOException {
    SearchResult result = index.search(post.text(), post.language(), boosts, k);
    List<Match> matches = new ArrayList<>(result.hits().size());
    int rank = 1;
    for (SearchHit hit : result.hits()) {
      matches.add(new Match(post, hit.factCheck(), hit.score(), rank++, TAG));
    }
    return new RankedList(matches, result.maxPossibleScore());
  }
}
