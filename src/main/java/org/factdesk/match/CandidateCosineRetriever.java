package org.factdesk.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Match;
import org.factdesk.model.Post;

/**
 * The dense stage where the index cannot search vectors (an OpenSearch cluster without the k-NN
 * plugin): the BM25 candidates of a post re-scored by the cosine of their stored sentence vectors
 * to the post's vector, best first, ties by id. Tagged {@value DenseRetriever#TAG} so fusion and the
 * reranker treat it as the dense list; unlike {@link DenseRetriever} it cannot find a fact-check
 * that shares no term with the post ("lexical + rerank").
 */
public final class CandidateCosineRetriever implements CandidateRetriever {
  private final Bm25Retriever lexical;
  private final org.factdesk.index.FactCheckIndex index;
  private final QueryVectors vectors;

  /**
   * @param lexical where candidates come from
   * @param index the index holding the candidates' vectors
   * @param vectors the post vectors (prepared per batch)
   */
  public CandidateCosineRetriever(Bm25Retriever lexical, org.factdesk.index.FactCheckIndex index, QueryVectors vectors) {
    this.lexical = lexical;
    this.index = index;
    this.vectors = vectors;
  }

  @Override
  public String tag() {
    return DenseRetriever.TAG;
  }

  @Override
  public void prepare(List<Post> batch) {
    vectors.prepare(batch);
  }

  @Override
  public RankedList retrieve(Post post, int k) throws IOException {
    float[] q = vectors.take(post);
    List<Match> candidates = lexical.retrieve(post, k).matches();
    Map<String, float[]> stored = index.backend().vectors(candidates.stream().map(m -> m.factCheck().id()).toList());
    List<Match> scored = new ArrayList<>(candidates.size());
    for (Match m : candidates) {
      float[] v = stored.get(m.factCheck().id());
      if (v != null) {
        scored.add(new Match(post, m.factCheck(), dot(q, v), 1, DenseRetriever.TAG));
      }
    }
    scored.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.factCheck().id()));
    List<Match> out = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Match m = scored.get(i);
      out.add(new Match(post, m.factCheck(), m.score(), i + 1, DenseRetriever.TAG));
    }
    return new RankedList(out, 1.0);
  }

  /** Cosine of two unit vectors; 0 for vectors of different dimension. */
  static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
