package org.factdesk.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.factdesk.index.SearchHit;
import org.factdesk.model.FactCheck;

/**
 * The reference point every evaluation reports beside factdesk's own numbers: plain Lucene
 * {@link StandardAnalyzer} (no stop words, no stemming) and {@code BM25Similarity} with default
 * parameters (k1 = 1.2, b = 0.75) over one field holding claim + title + subtitle; queries built
 * by Lucene's {@link QueryBuilder} (a SHOULD clause per token). In memory; ties broken by id.
 */
public final class StandardBm25Baseline implements Closeable {
  /** Tag in run files. */
  public static final String TAG = "baseline-standard-bm25";
  private static final String TEXT = "text";
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final List<FactCheck> byDoc = new ArrayList<>();
  private final IndexSearcher searcher;

  /**
   * Indexes the collection in memory.
   *
   * @param collection fact-checks (ids assumed unique; a repeated id is indexed twice, as a naive
   *     baseline would)
   */
  public StandardBm25Baseline(Iterable<FactCheck> collection) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (FactCheck fc : collection) {
        Document d = new Document();
        d.add(new TextField(TEXT, fc.fullText(), Field.Store.NO));
        d.add(new SortedDocValuesField("id", new BytesRef(fc.id())));
        d.add(new StoredField("n", byDoc.size()));
        byDoc.add(fc);
        w.addDocument(d);
      }
    }
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
    searcher = new IndexSearcher(DirectoryReader.open(dir));
  }

  /**
   * @param text query text
   * @param k hits wanted, ≥ 1
   * @return hits best first; empty when the text has no tokens
   */
  public List<SearchHit> search(String text, int k) throws IOException {
    Query q = new QueryBuilder(analyzer).createBooleanQuery(TEXT, text);
    List<SearchHit> hits = new ArrayList<>();
    if (q == null) {
      return hits;
    }
    Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING));
    TopDocs top = searcher.search(q, k, sort, true);
    for (ScoreDoc sd : top.scoreDocs) {
      int n = searcher.storedFields().document(sd.doc).getField("n").numericValue().intValue();
      hits.add(new SearchHit(byDoc.get(n), sd.score));
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    searcher.getIndexReader().close();
    dir.close();
    analyzer.close();
  }
}
