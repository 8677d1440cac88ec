package org.factdesk.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.SearchHit;
import org.factdesk.index.SearchResult;
import org.factdesk.model.Match;
import org.factdesk.model.Post;

/**
 * Dense retrieval: the fact-checks whose sentence vectors (claim + title) are nearest to the post's
 * vector by cosine, via the index's HNSW graph (Reimers &amp; Gurevych 2019, Sentence-BERT; as in
 * the CheckThat! 2021–22 Task 2 systems that pair BM25 with sentence embeddings). Scores are
 * cosines; the confidence is {@code max(0, cos)}.
 */
public final class DenseRetriever implements CandidateRetriever {
  /** Tag in run files. */
  public static final String TAG = "dense";
  private final FactCheckIndex index;
  private final QueryVectors vectors;

  /**
   * @param index an index built with vectors
   * @param vectors the post vectors (prepared per batch)
   */
  public DenseRetriever(FactCheckIndex index, QueryVectors vectors) {
    this.index = index;
    this.vectors = vectors;
  }

  @Override
  public String tag() {
    return TAG;
  }

  @Override
  public void prepare(List<Post> batch) {
    vectors.prepare(batch);
  }

  @Override
  public RankedList retrieve(Post post, int k) throws IOException {
    SearchResult result = index.knn(vectors.take(post), k);
    List<Match> matches = new ArrayList<>(result.hits().size());
    int rank = 1;
    for (SearchHit hit : result.hits()) {
      matches.add(new Match(post, hit.factCheck(), hit.score(), rank++, TAG));
    }
    return new RankedList(matches, 1.0);
  }
}
