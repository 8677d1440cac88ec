package org.factdesk.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * The {@code k} best documents of a query by score, ties broken by ascending id: what {@code
 * searcher.search(query, k, new Sort(FIELD_SCORE, new SortField(id, STRING)))} returns, faster.
 *
 * <p>Sorting by (score, id) makes Lucene count 1,000 hits before it prunes non-competitive documents,
 * compare ids through doc values on every competitive hit, and score the top hits a second time.
 * Here the collector prunes from the first {@code k} hits on: it tells the scorer the k-th best
 * score so far is the minimum competitive score, <em>inclusive</em>, so documents tying with it are
 * still collected; it keeps every document scoring at least that, and looks ids up (doc values)
 * only for documents that tie. Scores are the collection-time scores, as the sorted search uses to
 * rank.
 *
 * <p>With {@code exhaustive}, documents are scored without pruning (Lucene's window-at-a-time
 * {@code BooleanScorer}): cheaper for queries of hundreds of terms, where pruning re-sorts every
 * clause for each window of documents. The hits and scores are the same either way.
 */
final class TopScoresById {
  private TopScoresById() {}

  /**
   * @param searcher where to search
   * @param query the query
   * @param k how many documents, ≥ 1
   * @param idField a sorted doc values field holding each document's id
   * @param exhaustive score every matching document instead of pruning
   * @return at most {@code k} hits, best score first, equal scores by ascending id (UTF-8 bytes)
   */
  static List<ScoreDoc> search(IndexSearcher searcher, Query query, int k, String idField, boolean exhaustive)
      throws IOException {
    ScoreMode mode = exhaustive ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    List<ScoreDoc> candidates = searcher.search(query, new CollectorManager<Candidates, List<ScoreDoc>>() {
      @Override
      public Candidates newCollector() {
        return new Candidates(k, mode);
      }

      @Override
      public List<ScoreDoc> reduce(Collection<Candidates> collectors) {
        List<ScoreDoc> all = new ArrayList<>();
        for (Candidates c : collectors) {
          all.addAll(c.heap);
        }
        return all;
      }
    });
    return best(searcher.getIndexReader(), candidates, k, idField);
  }

  /** The k best of the candidates (every document scoring at least the k-th best score). */
  private static List<ScoreDoc> best(IndexReader reader, List<ScoreDoc> candidates, int k, String idField)
      throws IOException {
    candidates.sort(Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed());
    List<ScoreDoc> out = new ArrayList<>(Math.min(k, candidates.size()));
    for (int from = 0; from < candidates.size() && out.size() < k; ) {
      int to = from + 1;
      while (to < candidates.size() && candidates.get(to).score == candidates.get(from).score) {
        to++;
      }
      List<ScoreDoc> tied = candidates.subList(from, to);
      if (tied.size() > 1) {
        List<BytesRef> ids = new ArrayList<>(tied.size());
        for (ScoreDoc sd : tied) {
          ids.add(id(reader, sd.doc, idField));
        }
        List<Integer> order = new ArrayList<>(tied.size());
        for (int i = 0; i < tied.size(); i++) {
          order.add(i);
        }
        order.sort(Comparator.comparing(ids::get));
        for (int i = 0; i < order.size() && out.size() < k; i++) {
          out.add(tied.get(order.get(i)));
        }
      } else {
        out.add(tied.get(0));
      }
      from = to;
    }
    return out;
  }

  /** A document's id from sorted doc values; empty (sorts first, as a missing value) if it has none. */
  private static BytesRef id(IndexReader reader, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
    if (values.advanceExact(doc - leaf.docBase)) {
      return BytesRef.deepCopyOf(values.lookupOrd(values.ordValue()));
    }
    return new BytesRef();
  }

  /**
   * Every collected document scoring at least the k-th best score so far: the k best plus those
   * tying with the k-th. A min-heap by score; {@code heap.peek()} is the k-th best score once k
   * documents were seen.
   */
  private static final class Candidates implements Collector {
    private final int k;
    private final ScoreMode mode;
    private final PriorityQueue<ScoreDoc> heap = new PriorityQueue<>(Comparator.comparingDouble((ScoreDoc sd) -> sd.score));

    Candidates(int k, ScoreMode mode) {
      this.k = k;
      this.mode = mode;
    }

    @Override
    public ScoreMode scoreMode() {
      return mode;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int docBase = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;
        private float minCompetitive = Float.NEGATIVE_INFINITY;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          updateMinCompetitive();
        }

        @Override
        public void collect(int doc) throws IOException {
          float score = scorer.score();
          if (heap.size() >= k && score < heap.peek().score) {
            return;
          }
          heap.add(new ScoreDoc(docBase + doc, score));
          trim();
          updateMinCompetitive();
        }

        /** Documents scoring less than the k-th best can be skipped; those equal to it cannot. */
        private void updateMinCompetitive() throws IOException {
          if (mode == ScoreMode.TOP_SCORES && heap.size() >= k && heap.peek().score > minCompetitive) {
            minCompetitive = heap.peek().score;
            scorer.setMinCompetitiveScore(minCompetitive);
          }
        }
      };
    }

    /** Drops the lowest-scoring documents while at least k others score more than they do. */
    private void trim() {
      while (heap.size() > k) {
        float lowest = heap.peek().score;
        int tied = 0;
        for (ScoreDoc sd : heap) {
          tied += sd.score == lowest ? 1 : 0;
        }
        if (heap.size() - tied < k) {
          return;
        }
        while (!heap.isEmpty() && heap.peek().score == lowest) {
          heap.poll();
        }
      }
    }
  }
}
