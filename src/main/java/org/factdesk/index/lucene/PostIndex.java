package org.factdesk.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded search index of ingested posts ({@code <dataDir>/posts-index}), derived from the
 * {@code posts} table: one document per stored post, keyed by its storage seq.
 *
 * <p>Fields: {@code seq} (stored, point, doc values), {@code text} and {@code text_folded}
 * (pre-analysed terms from {@link org.factdesk.text.analysis.MultilingualMatchAnalysis}, the same
 * tokens a cluster back end would get), {@code language}, {@code source} (a public page/outlet),
 * {@code published} (epoch ms point). No author value of any kind is indexed.
 *
 * <p>Each commit records the highest seq it covers ({@code last_seq} in the commit user data);
 * commits are atomic, so after a crash {@link #lastSeq()} says where to catch up from the database.
 * Adding is idempotent (update by seq).
 */
public final class PostIndex implements Closeable {
  static final String LAST_SEQ = "last_seq";
  private final Directory dir;
  private final IndexWriter writer;
  private long lastSeq;

  /** One post as indexed. */
  public record IndexedPost(long seq, List<String> terms, List<String> foldedTerms, String language, String source,
      Long publishedEpochMs) {}

  private PostIndex(Directory dir, IndexWriter writer, long lastSeq) {
    this.dir = dir;
    this.writer = writer;
    this.lastSeq = lastSeq;
  }

  /**
   * Opens or creates the index at {@code path}.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException if another process writes to it
   */
  public static PostIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    long last = 0;
    if (DirectoryReader.indexExists(dir)) {
      String v = SegmentInfos.readLatestCommit(dir).getUserData().get(LAST_SEQ);
      last = v == null ? 0 : Long.parseLong(v);
    }
    IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    return new PostIndex(dir, new IndexWriter(dir, cfg), last);
  }

  /** Highest seq covered by the last commit (0 for a new index). */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  /** Adds or replaces posts (not visible to a new reader until {@link #commit}). */
  public void add(List<IndexedPost> posts) throws IOException {
    for (IndexedPost p : posts) {
      Document d = new Document();
      String seq = Long.toString(p.seq());
      d.add(new StringField("seq_key", seq, Field.Store.NO));
      d.add(new LongPoint("seq", p.seq()));
      d.add(new StoredField("seq", p.seq()));
      d.add(new NumericDocValuesField("seq", p.seq()));
      d.add(new Field("text", new TermListTokenStream(p.terms()), TextField.TYPE_NOT_STORED));
      d.add(new Field("text_folded", new TermListTokenStream(p.foldedTerms()), TextField.TYPE_NOT_STORED));
      if (p.language() != null) {
        d.add(new StringField("language", p.language(), Field.Store.YES));
      }
      if (p.source() != null) {
        d.add(new StringField("source", p.source(), Field.Store.YES));
      }
      if (p.publishedEpochMs() != null) {
        d.add(new LongPoint("published", p.publishedEpochMs()));
        d.add(new NumericDocValuesField("published", p.publishedEpochMs()));
      }
      writer.updateDocument(new Term("seq_key", seq), d);
    }
  }

  /** Commits everything added so far as covering posts up to {@code coveredSeq}. */
  public synchronized void commit(long coveredSeq) throws IOException {
    writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(coveredSeq)).entrySet());
    writer.commit();
    lastSeq = coveredSeq;
  }

  /** Number of indexed posts (committed or not). */
  public long size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close(); // commits pending changes with the last live commit data
    } finally {
      dir.close();
    }
  }
}
