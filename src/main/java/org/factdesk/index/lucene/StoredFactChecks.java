package org.factdesk.index.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.factdesk.index.FactCheckJson;
import org.factdesk.model.FactCheck;

/**
 * The stored fact-checks of search hits, parsed once and kept per segment.
 *
 * <p>Reading a hit's stored JSON means decompressing a stored-fields block and parsing the JSON:
 * about a third of a lexical match's time when 20 candidates are read per post. Segments never
 * change, so a parsed record is kept under (segment core, document number) and dropped when the
 * segment is closed (merged away or the index closed); an updated fact-check is a new document in a
 * new segment and is never served stale. At most {@code maxCached} records are kept in all (the
 * first ones hit); past that, hits are read from the stored fields as before.
 *
 * <p>Thread-safe: two threads may parse the same record at once; either copy is kept.
 */
final class StoredFactChecks {
  private final String field;
  private final int maxCached;
  private final AtomicInteger cached = new AtomicInteger();
  private final Map<IndexReader.CacheKey, AtomicReferenceArray<FactCheck>> bySegment = new ConcurrentHashMap<>();

  /**
   * @param field the stored field holding {@link FactCheckJson} text
   * @param maxCached most records kept, ≥ 0
   */
  StoredFactChecks(String field, int maxCached) {
    this.field = field;
    this.maxCached = maxCached;
  }

  /**
   * The fact-check stored with a top-level document.
   *
   * @param searcher the searcher the document number belongs to
   * @param stored that searcher's stored fields (one instance per search, not shared across threads)
   * @param doc top-level document number
   */
  FactCheck get(IndexSearcher searcher, StoredFields stored, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    AtomicReferenceArray<FactCheck> segment = helper == null ? null : segment(helper, leaf.reader().maxDoc());
    int local = doc - leaf.docBase;
    FactCheck fc = segment == null ? null : segment.get(local);
    if (fc == null) {
      fc = FactCheckJson.read(stored.document(doc).get(field));
      if (segment != null && cached.get() < maxCached && segment.compareAndSet(local, null, fc)) {
        cached.incrementAndGet();
      }
    }
    return fc;
  }

  private AtomicReferenceArray<FactCheck> segment(IndexReader.CacheHelper helper, int maxDoc) {
    IndexReader.CacheKey key = helper.getKey();
    AtomicReferenceArray<FactCheck> segment = bySegment.get(key);
    if (segment == null) {
      segment = bySegment.computeIfAbsent(key, k -> {
        helper.addClosedListener(this::forget);
        return new AtomicReferenceArray<>(maxDoc);
      });
    }
    return segment;
  }

  private void forget(IndexReader.CacheKey key) {
    AtomicReferenceArray<FactCheck> segment = bySegment.remove(key);
    if (segment != null) {
      int n = 0;
      for (int i = 0; i < segment.length(); i++) {
        n += segment.get(i) != null ? 1 : 0;
      }
      cached.addAndGet(-n);
    }
  }

  /** Records held now (for tests). */
  int size() {
    return cached.get();
  }
}
