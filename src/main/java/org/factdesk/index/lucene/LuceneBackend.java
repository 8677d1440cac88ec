package org.factdesk.index.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.factdesk.index.AnalyzedDocument;
import org.factdesk.index.Bm25Params;
import org.factdesk.index.FactCheckJson;
import org.factdesk.index.IndexField;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.LexicalQuery;
import org.factdesk.index.SearchBackend;
import org.factdesk.index.SearchHit;
import org.factdesk.index.SearchResult;
import org.factdesk.model.FactCheck;

/**
 * The embedded Lucene back end: one on-disk index directory, written by one process at a time.
 *
 * <p>Each fact-check is one document with {@code id} (indexed + doc values for tie-breaking), an
 * optional {@code url} key, the stored record as JSON, and one inverted field per {@link
 * IndexField}. Scores are Lucene's BM25 (per-field k1, b) summed over the boosted fields.
 *
 * <p>The settings the index was built with are kept in {@code factdesk-index.json} beside the
 * segments; opening with a different analyzer id throws {@link SettingsMismatchException}.
 */
public final class LuceneBackend implements SearchBackend {
  static final String ID = "id";
  static final String URL_KEY = "url_key";
  static final String SOURCE = "source_json";
  static final String VECTOR = "vec";
  static final String TEXT_HASH = "text_sha";
  private static final String SETTINGS_FILE = "factdesk-index.json";
  private static final int MAX_CLAUSES = 8192;
  /** HNSW candidates explored per k-NN search (Lucene's numCandidates / ef). */
  static final int KNN_CANDIDATES = 100;
  /**
   * Queries with at least this many distinct terms are scored exhaustively, without dynamic
   * pruning (same hits and scores): Vietnamese posts give 100-250 (syllables and bigrams, exact and
   * folded), and for them pruning's per-window clause sorting costs more than it skips: BM25 match
   * CPU time halved on 2,000 and 200,000 fact-checks; English posts (about 25 terms) keep pruning,
   * which wins on the large index (docs/benchmarks.md, 2026-11-29 speed section).
   */
  static final int EXHAUSTIVE_FROM_TERMS = 64;
  /** Parsed fact-checks kept in memory for hits (about 1-2 KB each); see {@link StoredFactChecks}. */
  static final int MAX_CACHED_FACT_CHECKS = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;
  private final IndexSettings settings;
  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Similarity similarity;
  private final StoredFactChecks factChecks = new StoredFactChecks(SOURCE, MAX_CACHED_FACT_CHECKS);

  private LuceneBackend(Path directory, IndexSettings settings) throws IOException {
    this.directory = directory;
    this.settings = settings;
    this.similarity = similarityFor(settings);
    this.dir = FSDirectory.open(directory);
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setSimilarity(similarity);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(dir, config);
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher;
      }
    });
  }

  /**
   * Opens (or creates) an index directory.
   *
   * @param directory e.g. {@code factdesk-data/index}; created if missing
   * @param settings analyzer id and BM25 parameters
   * @throws SettingsMismatchException if the index was built by another analyzer
   * @throws org.apache.lucene.store.LockObtainFailedException if another process writes to it
   * @throws IOException on storage failure
   */
  public static LuceneBackend open(Path directory, IndexSettings settings) throws IOException {
    Files.createDirectories(directory);
    Path settingsFile = directory.resolve(SETTINGS_FILE);
    String wanted = settingsKey(settings);
    if (Files.exists(settingsFile)) {
      var node = JSON.readTree(settingsFile.toFile());
      String builtWith = node.path("analyzerId").asText("") + vectorSuffix(node.path("vectorModel").asText(""));
      if (!builtWith.equals(wanted)) {
        throw new SettingsMismatchException(directory, builtWith, wanted);
      }
    } else {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("analyzerId", settings.analyzerId());
      m.put("vectorModel", settings.vectorModel() == null ? "" : settings.vectorModel());
      m.put("format", 1);
      // written whole or not at all: a process killed here must not leave a half-written file
      Path tmp = directory.resolve(SETTINGS_FILE + ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), m);
      Files.move(tmp, settingsFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), MAX_CLAUSES));
    return new LuceneBackend(directory, settings);
  }

  /**
   * The sentence-vector model an existing index was built with, or null when it has none or does
   * not exist yet (so a job can open the same encoder before opening the index).
   */
  public static String builtVectorModel(Path directory) throws IOException {
    Path settingsFile = directory.resolve(SETTINGS_FILE);
    if (!Files.exists(settingsFile)) {
      return null;
    }
    String model = JSON.readTree(settingsFile.toFile()).path("vectorModel").asText("");
    return model.isEmpty() ? null : model;
  }

  private static String settingsKey(IndexSettings settings) {
    return settings.analyzerId() + vectorSuffix(settings.vectorModel());
  }

  private static String vectorSuffix(String model) {
    return model == null || model.isEmpty() ? "" : " + vectors " + model;
  }

  private static Similarity similarityFor(IndexSettings settings) {
    Map<String, Similarity> perField = new java.util.HashMap<>();
    for (IndexField f : IndexField.values()) {
      Bm25Params p = settings.bm25(f);
      perField.put(f.fieldName(), new BM25Similarity(p.k1(), p.b()));
    }
    Similarity fallback = new BM25Similarity();
    return new PerFieldSimilarityWrapper() {
      @Override
      public Similarity get(String name) {
        return perField.getOrDefault(name, fallback);
      }
    };
  }

  @Override
  public void upsert(Collection<AnalyzedDocument> documents) throws IOException {
    for (AnalyzedDocument doc : documents) {
      FactCheck fc = doc.factCheck();
      if (fc.url() != null && !fc.url().isBlank()) {
        writer.deleteDocuments(new Term(URL_KEY, fc.url()));
      }
      writer.updateDocument(new Term(ID, fc.id()), toLucene(doc));
    }
  }

  private static Document toLucene(AnalyzedDocument doc) {
    FactCheck fc = doc.factCheck();
    Document d = new Document();
    d.add(new StringField(ID, fc.id(), Field.Store.NO));
    d.add(new SortedDocValuesField(ID, new BytesRef(fc.id())));
    if (fc.url() != null && !fc.url().isBlank()) {
      d.add(new StringField(URL_KEY, fc.url(), Field.Store.NO));
    }
    d.add(new StoredField(SOURCE, FactCheckJson.write(fc)));
    if (doc.vector() != null) {
      d.add(new KnnFloatVectorField(VECTOR, doc.vector(), VectorSimilarityFunction.DOT_PRODUCT));
      if (doc.textHash() != null) {
        d.add(new StoredField(TEXT_HASH, doc.textHash()));
      }
    }
    for (IndexField f : IndexField.values()) {
      List<String> terms = doc.terms(f);
      if (!terms.isEmpty()) {
        d.add(new Field(f.fieldName(), new TermListTokenStream(terms), TextField.TYPE_NOT_STORED));
      }
    }
    return d;
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public long size() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public SearchResult search(LexicalQuery query, int k) throws IOException {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (query.isEmpty()) {
      return SearchResult.EMPTY;
    }
    IndexSearcher s = searchers.acquire();
    try {
      BooleanQuery.Builder bq = new BooleanQuery.Builder();
      double maxPossible = 0;
      int clauses = 0;
      // One term-dictionary lookup per distinct term, with one TermsEnum per field and segment
      // reused across the query's terms: it gives the idf for the bound and is handed to the
      // TermQuery, which would otherwise look the term up again with a new TermsEnum. A repeated
      // term stays a repeated clause (BooleanQuery.rewrite merges repeats into one clause with the
      // summed boost), and weight 1 is not wrapped in a BoostQuery (rewrite would unwrap it): the
      // rewritten query is the same as before, clause for clause.
      Map<Term, TermQuery> termQueries = new HashMap<>();
      Map<String, TermsEnum[]> termsEnums = new HashMap<>();
      outer:
      for (LexicalQuery.Clause clause : query.clauses()) {
        if (!clause.active()) {
          continue;
        }
        String field = clause.field().fieldName();
        CollectionStatistics cs = s.collectionStatistics(field);
        long docCount = cs == null ? 0 : cs.docCount();
        for (String term : clause.terms()) {
          if (clauses++ >= MAX_CLAUSES) {
            break outer;
          }
          Term t = new Term(field, term);
          TermQuery tq = termQueries.get(t);
          if (tq == null) {
            tq = new TermQuery(t, termStates(s, t, termsEnums));
            termQueries.put(t, tq);
          }
          bq.add(clause.boost() == 1f ? tq : new BoostQuery(tq, clause.boost()), BooleanClause.Occur.SHOULD);
          maxPossible += clause.boost() * idf(tq.getTermStates().docFreq(), docCount);
        }
      }
      return new SearchResult(topHits(s, bq.build(), k, termQueries.size() >= EXHAUSTIVE_FROM_TERMS), maxPossible);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * What {@code TermStates.build(s, t, true)} computes (per-segment term state, document
   * frequency, total term frequency), seeking with the given per-segment TermsEnums of the term's
   * field (created on first use) instead of a new TermsEnum per term and segment.
   */
  private static TermStates termStates(IndexSearcher s, Term t, Map<String, TermsEnum[]> enums) throws IOException {
    IndexReaderContext top = s.getTopReaderContext();
    List<LeafReaderContext> leaves = top.leaves();
    TermsEnum[] perLeaf = enums.computeIfAbsent(t.field(), f -> new TermsEnum[leaves.size()]);
    TermStates states = new TermStates(top);
    for (LeafReaderContext leaf : leaves) {
      TermsEnum te = perLeaf[leaf.ord];
      if (te == null) {
        Terms terms = leaf.reader().terms(t.field());
        te = perLeaf[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
      }
      if (te.seekExact(t.bytes())) {
        states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
      }
    }
    return states;
  }

  /** The {@code k} best documents by score, ties by ascending id, with their stored fact-checks. */
  private List<SearchHit> topHits(IndexSearcher s, Query q, int k, boolean exhaustive) throws IOException {
    List<ScoreDoc> top = TopScoresById.search(s, q, k, ID, exhaustive);
    StoredFields stored = s.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.size());
    for (ScoreDoc sd : top) {
      hits.add(new SearchHit(factChecks.get(s, stored, sd.doc), sd.score));
    }
    return hits;
  }

  @Override
  public SearchResult knn(float[] query, int k) throws IOException {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (settings.vectorModel() == null) {
      throw new IllegalStateException("index " + directory + " holds no vectors (lexical-only)");
    }
    IndexSearcher s = searchers.acquire();
    try {
      // ask for a few more than k so that ties at the cut can be ordered by id
      TopDocs top = s.search(new KnnFloatVectorQuery(VECTOR, query, Math.max(k + 5, KNN_CANDIDATES)), k + 5);
      List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        // Lucene scores DOT_PRODUCT as (1 + cos) / 2
        hits.add(new SearchHit(factChecks.get(s, stored, sd.doc), 2.0 * sd.score - 1.0));
      }
      hits.sort(java.util.Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::id));
      return new SearchResult(hits.subList(0, Math.min(k, hits.size())), 1.0);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public Optional<float[]> storedVector(String id, String textHash) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      String stored = s.storedFields().document(doc).get(TEXT_HASH);
      if (stored == null || !stored.equals(textHash)) {
        return Optional.empty();
      }
      return Optional.ofNullable(vectorOf(s, doc));
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> ids) throws IOException {
    Map<String, float[]> out = new java.util.LinkedHashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (String id : ids) {
        TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
        float[] v = top.scoreDocs.length == 0 ? null : vectorOf(s, top.scoreDocs[0].doc);
        if (v != null) {
          out.put(id, v);
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** The vector of a (global) document number, or null. */
  private static float[] vectorOf(IndexSearcher s, int doc) throws IOException {
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      int local = doc - leaf.docBase;
      if (local >= 0 && local < leaf.reader().maxDoc()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        if (values != null && values.advance(local) == local) {
          return values.vectorValue().clone();
        }
        return null;
      }
    }
    return null;
  }

  /** Lucene's BM25 idf: {@code ln(1 + (N − n + 0.5) / (n + 0.5))}. */
  static double idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  @Override
  public Optional<FactCheck> get(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(FactCheckJson.read(s.storedFields().document(top.scoreDocs[0].doc).get(SOURCE)));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Reads every stored fact-check of an index directory whatever analyzer built it (for
   * rebuilding); empty when there is no index.
   */
  public static List<FactCheck> readStored(Path directory) throws IOException {
    List<FactCheck> out = new ArrayList<>();
    try (FSDirectory d = FSDirectory.open(directory)) {
      if (!DirectoryReader.indexExists(d)) {
        return out;
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        var stored = reader.storedFields();
        var liveDocs = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int i = 0; i < reader.maxDoc(); i++) {
          if (liveDocs == null || liveDocs.get(i)) {
            out.add(FactCheckJson.read(stored.document(i).get(SOURCE)));
          }
        }
      }
    }
    return out;
  }

  /** Live documents of an index directory, read without the write lock; 0 when there is no index. */
  public static long storedCount(Path directory) throws IOException {
    try (FSDirectory d = FSDirectory.open(directory)) {
      if (!DirectoryReader.indexExists(d)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        return reader.numDocs();
      }
    }
  }

  @Override
  public IndexSettings settings() {
    return settings;
  }

  @Override
  public String describe() {
    return "lucene " + directory;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    dir.close();
  }
}
