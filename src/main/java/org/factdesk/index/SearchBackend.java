package org.factdesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/**
 * A fact-check index. Implementations: {@code index.lucene.LuceneBackend} (embedded, default) and
 * {@code index.opensearch.OpenSearchBackend} (a cluster; same tokens, same ranking).
 *
 * <p>Contract: {@link #upsert} is idempotent — adding a fact-check with the same id, or the same
 * non-null url, replaces the stored one and never duplicates it. Searches see what was committed.
 * Search is thread-safe; writes are serialised by the caller.
 */
public interface SearchBackend extends Closeable {

  /**
   * Adds or replaces documents (by id and by url).
   *
   * @throws IOException on storage failure
   */
  void upsert(Collection<AnalyzedDocument> documents) throws IOException;

  /** Makes all upserts durable and visible to searches (atomically). */
  void commit() throws IOException;

  /** Number of fact-checks visible to searches. */
  long size() throws IOException;

  /**
   * Top {@code k} fact-checks for an analysed query, best first, ties broken by ascending id.
   *
   * @param k how many hits at most, ≥ 1
   * @throws IllegalArgumentException if k &lt; 1
   */
  SearchResult search(LexicalQuery query, int k) throws IOException;

  /**
   * Top {@code k} fact-checks by cosine similarity of their vectors to {@code query} (HNSW,
   * approximate), best first, ties broken by ascending id. Scores are cosines in [-1, 1];
   * {@code maxPossibleScore} is 1.
   *
   * @param query unit-length vector of the index's dimension
   * @throws IllegalStateException if the index holds no vectors
   */
  SearchResult knn(float[] query, int k) throws IOException;

  /**
   * True when {@link #knn} searches a vector index (HNSW); false when this back end can keep vectors
   * but not search them (an OpenSearch cluster without the k-NN plugin): matching then scores the
   * vectors of lexical candidates instead ({@link #vectors}).
   */
  default boolean nativeKnn() {
    return true;
  }

  /**
   * The stored vectors of these fact-checks (ids without a vector or unknown are left out), for
   * re-scoring lexical candidates by cosine.
   */
  default java.util.Map<String, float[]> vectors(Collection<String> ids) throws IOException {
    throw new UnsupportedOperationException(describe() + " cannot return stored vectors by id; back ends whose"
        + " nativeKnn() is true are not asked to");
  }

  /**
   * The stored vector of a fact-check if it was computed from text with this hash (so re-runs do
   * not re-encode unchanged fact-checks).
   */
  Optional<float[]> storedVector(String id, String textHash) throws IOException;

  /** The stored fact-check with this id, if any. */
  Optional<org.factdesk.model.FactCheck> get(String id) throws IOException;

  /** The settings this index was built with. */
  IndexSettings settings();

  /** One line for logs and {@code status}: kind and location. */
  String describe();
}
