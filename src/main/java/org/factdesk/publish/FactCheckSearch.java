package org.factdesk.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.factdesk.index.lucene.TermListTokenStream;
import org.factdesk.text.Language;
import org.factdesk.text.analysis.MatchAnalyzer;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;
import org.factdesk.text.analysis.TokenLists;

/**
 * Full-text search over published fact-checks for the public portal and {@code GET /api/v1/factchecks}:
 * Vietnamese-aware and diacritic-insensitive ("vac xin" finds "vắc xin"), English stemmed, filtered
 * by category, language and publication date.
 *
 * <p>An in-memory Lucene index (a desk publishes thousands of fact-checks, not millions) rebuilt by
 * {@link #replaceAll} at start-up and kept current by {@link #upsert}/{@link #remove} on publish.
 * Every fact-check is indexed through both chains regardless of its language, because portal queries
 * are short and a language identifier cannot tell "vac xin" from English: Vietnamese syllables and
 * bigrams folded ({@code *_vi}), the same with diacritics ({@code *_vi_exact}, equal weight, so a
 * query typed with diacritics ranks exact hits first: "Dương" finds the person before "Đường"), and
 * English stems ({@code *_en}). Headline fields (title + claim) weigh twice the body fields (summary + Markdown body). BM25 with Lucene's
 * defaults (k1 1.2, b 0.75). Ties and empty queries: newest first, then id.
 *
 * <p>Thread-safe: searches run concurrently with updates (near-real-time reader).
 */
public final class FactCheckSearch implements AutoCloseable {
  /** One page of results, best first. @param total number of matching fact-checks */
  public record Page(List<PublishedFactCheck> items, long total) {}

  /**
   * A search request.
   *
   * @param text free text; null or blank lists everything by date
   * @param category category slug; null for all
   * @param lang BCP-47 primary tag ({@code vi}, {@code en}); null for all
   * @param from first publication day included (in the index's zone); null for open
   * @param to last publication day included (UTC); null for open
   * @param offset results to skip, ≥ 0
   * @param limit page size, 1..100
   */
  public record Query(String text, String category, String lang, LocalDate from, LocalDate to, int offset, int limit) {
    /** @throws IllegalArgumentException on a negative offset, a limit outside 1..100 or from after to */
    public Query {
      if (offset < 0 || limit < 1 || limit > 100) {
        throw new IllegalArgumentException("offset must be ≥ 0 and limit within 1..100, got " + offset + ", " + limit);
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("date range: from " + from + " is after to " + to);
      }
    }

    /** Free text only, first page of {@code limit}. */
    public static Query text(String text, int limit) {
      return new Query(text, null, null, null, null, 0, limit);
    }
  }

  private static final float HEAD = 2f;
  private static final float BODY = 1f;
  private static final float EXACT_DIACRITICS = 1f;

  private final MultilingualMatchAnalysis vietnamese = new MultilingualMatchAnalysis();
  private final MatchAnalyzer english = new MatchAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<Long, PublishedFactCheck> byId = new ConcurrentHashMap<>();

  private final java.time.ZoneId zone;

  /** An empty index whose date filters are UTC days. */
  public FactCheckSearch() {
    this(ZoneOffset.UTC);
  }

  /**
   * An empty index.
   *
   * @param zone the time zone of the {@code from}/{@code to} days of a {@link Query} (a desk's local days)
   */
  public FactCheckSearch(java.time.ZoneId zone) {
    this.zone = java.util.Objects.requireNonNull(zone, "zone");
    try {
      writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the whole index with {@code all}. */
  public synchronized void replaceAll(Collection<PublishedFactCheck> all) {
    try {
      writer.deleteAll();
      byId.clear();
      for (PublishedFactCheck f : all) {
        add(f);
      }
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds or replaces one fact-check (by id). */
  public synchronized void upsert(PublishedFactCheck f) {
    try {
      add(f);
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a fact-check (unpublished); no-op if absent. */
  public synchronized void remove(long id) {
    try {
      writer.deleteDocuments(new Term("id", Long.toString(id)));
      byId.remove(id);
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of fact-checks searchable. */
  public int size() {
    return byId.size();
  }

  /** The fact-check with this slug, if published. */
  public java.util.Optional<PublishedFactCheck> bySlug(String slug) {
    return byId.values().stream().filter(f -> f.slug().equals(slug)).findFirst();
  }

  /**
   * Runs a search.
   *
   * @return a page of fact-checks, best match first (newest first without text)
   */
  public Page search(Query q) {
    Objects.requireNonNull(q, "query");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean hasText = q.text() != null && !q.text().isBlank();
    org.apache.lucene.search.Query textQuery = hasText ? textQuery(q.text()) : null;
    if (hasText && textQuery == null) {
      return new Page(List.of(), 0); // only stop-words / punctuation
    }
    b.add(textQuery != null ? textQuery : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    if (q.category() != null && !q.category().isBlank()) {
      b.add(new TermQuery(new Term("category", q.category())), BooleanClause.Occur.FILTER);
    }
    if (q.lang() != null && !q.lang().isBlank()) {
      b.add(new TermQuery(new Term("lang", Language.fromTag(q.lang()).tag())), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : q.from().atStartOfDay(zone).toInstant().toEpochMilli();
      long hi = q.to() == null ? Long.MAX_VALUE
          : q.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery("published", lo, hi), BooleanClause.Occur.FILTER);
    }
    Sort sort = hasText
        ? new Sort(SortField.FIELD_SCORE, new SortField("published", SortField.Type.LONG, true),
            new SortField("id_sort", SortField.Type.LONG))
        : new Sort(new SortField("published", SortField.Type.LONG, true), new SortField("id_sort", SortField.Type.LONG));
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(b.build(), q.offset() + q.limit(), sort, hasText);
        StoredFields stored = searcher.storedFields();
        List<PublishedFactCheck> items = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = q.offset(); i < docs.length; i++) {
          long id = stored.document(docs[i].doc).getField("id_stored").numericValue().longValue();
          PublishedFactCheck f = byId.get(id);
          if (f != null) {
            items.add(f);
          }
        }
        return new Page(items, top.totalHits.value);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private org.apache.lucene.search.Query textQuery(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    MultilingualMatchAnalysis.AnalyzedText vi = vietnamese.forQuery(text, Language.VI);
    List<String> en = TokenLists.analyze(english, "q", text);
    for (String prefix : List.of("head", "body")) {
      float weight = prefix.equals("head") ? HEAD : BODY;
      clauses += addTerms(b, prefix + "_vi", vi.folded(), weight);
      clauses += addTerms(b, prefix + "_vi_exact", vi.exact(), weight * EXACT_DIACRITICS);
      clauses += addTerms(b, prefix + "_en", en, weight);
    }
    return clauses == 0 ? null : b.build();
  }

  private static int addTerms(BooleanQuery.Builder b, String field, List<String> terms, float boost) {
    int n = 0;
    for (String t : new LinkedHashSet<>(terms)) {
      if (n >= 256) {
        break; // stays well under BooleanQuery's 1024-clause limit across six fields
      }
      b.add(new BoostQuery(new TermQuery(new Term(field, t)), boost), BooleanClause.Occur.SHOULD);
      n++;
    }
    return n;
  }

  private void add(PublishedFactCheck f) throws IOException {
    String head = f.title() + "\n" + f.claimReviewed();
    String body = f.summary() + "\n" + f.bodyMarkdown();
    Document d = new Document();
    d.add(new StringField("id", Long.toString(f.id()), Field.Store.NO));
    d.add(new StoredField("id_stored", f.id()));
    d.add(new NumericDocValuesField("id_sort", f.id()));
    long published = f.datePublished().toEpochMilli();
    d.add(new LongPoint("published", published));
    d.add(new NumericDocValuesField("published", published));
    if (f.category() != null) {
      d.add(new StringField("category", f.category(), Field.Store.NO));
    }
    d.add(new StringField("lang", Language.fromTag(f.lang()).tag(), Field.Store.NO));
    for (String[] part : new String[][] {{"head", head}, {"body", body}}) {
      MultilingualMatchAnalysis.AnalyzedText vi = vietnamese.forDocument(part[1], Language.VI);
      d.add(new Field(part[0] + "_vi", new TermListTokenStream(vi.folded()), TextField.TYPE_NOT_STORED));
      d.add(new Field(part[0] + "_vi_exact", new TermListTokenStream(vi.exact()), TextField.TYPE_NOT_STORED));
      d.add(new Field(part[0] + "_en", new TermListTokenStream(TokenLists.analyze(english, "d", part[1])), TextField.TYPE_NOT_STORED));
    }
    writer.updateDocument(new Term("id", Long.toString(f.id())), d);
    byId.put(f.id(), f);
  }

  private void refresh() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      dir.close();
    }
  }
}
