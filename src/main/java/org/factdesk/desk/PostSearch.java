package org.factdesk.desk;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;

/**
 * Search over ingested posts, read-only on the posts index ({@code <dataDir>/posts-index}, written by
 * ingest, see {@link org.factdesk.index.lucene.PostIndex}): the query is analysed like the posts
 * (the matching analysis) and run on the diacritic-folded field {@code text_folded}, so "vac xin" finds
 * "vắc-xin"; filters on {@code language}, {@code source} and the {@code published} date range. The
 * reader is reopened when the index has new commits. Ranking: BM25 (Lucene default), ties in index order.
 */
public final class PostSearch implements Closeable {
  private final Path dir;
  private final MultilingualMatchAnalysis analysis;
  private Directory directory;
  private DirectoryReader reader;

  public PostSearch(Path dataDir, MultilingualMatchAnalysis analysis) {
    this.dir = dataDir.resolve("posts-index");
    this.analysis = analysis;
  }

  /**
   * Filters of a post search; any may be null.
   *
   * @param from earliest publication instant (inclusive)
   * @param to latest publication instant (exclusive)
   */
  public record Filters(String language, String source, Instant from, Instant to) {
    /** No filter. */
    public static final Filters NONE = new Filters(null, null, null, null);
  }

  /**
   * The seqs of the best-matching posts, best first.
   *
   * @param k at most this many
   */
  public synchronized List<Long> search(String text, Filters f, int k) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      DirectoryReader r = reader();
      if (r == null) {
        return List.of();
      }
      BooleanQuery.Builder words = new BooleanQuery.Builder();
      int n = 0;
      for (String t : new LinkedHashSet<>(analysis.forQuery(text).folded())) {
        words.add(new TermQuery(new Term("text_folded", t)), BooleanClause.Occur.SHOULD);
        n++;
      }
      if (n == 0) {
        return List.of();
      }
      BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
      if (f.language() != null) {
        q.add(new TermQuery(new Term("language", f.language())), BooleanClause.Occur.FILTER);
      }
      if (f.source() != null) {
        q.add(new TermQuery(new Term("source", f.source())), BooleanClause.Occur.FILTER);
      }
      if (f.from() != null || f.to() != null) {
        long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochMilli();
        long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochMilli() - 1;
        q.add(LongPoint.newRangeQuery("published", lo, hi), BooleanClause.Occur.FILTER);
      }
      IndexSearcher s = new IndexSearcher(r);
      StoredFields stored = s.storedFields();
      List<Long> out = new ArrayList<>();
      for (ScoreDoc d : s.search(q.build(), k).scoreDocs) {
        out.add(stored.document(d.doc).getField("seq").numericValue().longValue());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the posts index " + dir, e);
    }
  }

  private DirectoryReader reader() throws IOException {
    if (reader == null) {
      if (!Files.isDirectory(dir)) {
        return null;
      }
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        return null;
      }
      reader = DirectoryReader.open(directory);
    } else {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        reader.close();
        reader = newer;
      }
    }
    return reader;
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (directory != null) {
      directory.close();
    }
  }
}
