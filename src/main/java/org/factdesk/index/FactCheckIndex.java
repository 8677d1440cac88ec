package org.factdesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.FactCheck;
import org.factdesk.text.Language;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;
import org.factdesk.text.analysis.MultilingualMatchAnalysis.AnalyzedText;

/**
 * Fact-checks in a {@link SearchBackend}, analysed per language by one {@link
 * MultilingualMatchAnalysis}: the only place where text becomes terms for indexing and querying,
 * so every back end sees the same tokens.
 *
 * <p>Each fact-check's language is its {@code inLanguage} when given, else identified from its
 * text. Fields: {@code claim}, {@code title}, {@code subtitle} and {@code all} hold exact-form terms,
 * {@code all_folded} the diacritic-folded terms. A Vietnamese query searches {@code all} and {@code
 * all_folded} (so exact-diacritic hits outrank folded-only ones); other queries search {@code all}.
 */
public final class FactCheckIndex implements Closeable {
  private final SearchBackend backend;
  private final MultilingualMatchAnalysis analysis;
  private final Embedder embedder;
  private long reusedVectors;
  private long encodedVectors;

  /**
   * A lexical-only index.
   *
   * @param backend where documents live
   * @param analysis the analysis named by {@code backend.settings().analyzerId()}
   */
  public FactCheckIndex(SearchBackend backend, MultilingualMatchAnalysis analysis) {
    this(backend, analysis, null);
  }

  /**
   * @param backend where documents live
   * @param analysis the analysis named by {@code backend.settings().analyzerId()}
   * @param embedder the encoder named by {@code backend.settings().vectorModel()}, or null
   */
  public FactCheckIndex(SearchBackend backend, MultilingualMatchAnalysis analysis, Embedder embedder) {
    this.backend = backend;
    this.analysis = analysis;
    this.embedder = embedder;
  }

  /** Analyses one fact-check into per-field terms. */
  public AnalyzedDocument analyze(FactCheck factCheck) {
    Language lang = Language.fromTag(factCheck.inLanguage());
    if (lang == Language.UNKNOWN) {
      lang = analysis.identify(factCheck.fullText());
    }
    Map<IndexField, List<String>> terms = new EnumMap<>(IndexField.class);
    List<String> all = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    String[] parts = {factCheck.claimReviewed(), factCheck.title(), factCheck.subtitle()};
    IndexField[] fields = {IndexField.CLAIM, IndexField.TITLE, IndexField.SUBTITLE};
    for (int i = 0; i < parts.length; i++) {
      AnalyzedText t = analysis.forDocument(parts[i], lang);
      terms.put(fields[i], t.exact());
      all.addAll(t.exact());
      folded.addAll(t.folded());
    }
    terms.put(IndexField.ALL, all);
    terms.put(IndexField.ALL_FOLDED, folded);
    return new AnalyzedDocument(factCheck, terms);
  }

  /**
   * Analyses, embeds (when an embedder is set) and upserts fact-checks (not yet committed), in
   * chunks of {@value #CHUNK} so memory stays bounded for any input size. A fact-check whose
   * embedded text is unchanged since it was last indexed keeps its stored vector instead of being
   * encoded again.
   */
  public void upsert(List<FactCheck> factChecks) throws IOException {
    for (int from = 0; from < factChecks.size(); from += CHUNK) {
      upsertChunk(factChecks.subList(from, Math.min(factChecks.size(), from + CHUNK)));
    }
  }

  /** Fact-checks analysed, embedded and written per chunk. */
  static final int CHUNK = 1000;

  private void upsertChunk(Collection<FactCheck> factChecks) throws IOException {
    List<AnalyzedDocument> docs = new ArrayList<>(factChecks.size());
    for (FactCheck fc : factChecks) {
      docs.add(analyze(fc));
    }
    if (embedder != null) {
      embed(docs);
    }
    backend.upsert(docs);
  }

  private void embed(List<AnalyzedDocument> docs) throws IOException {
    List<Integer> todo = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    String[] hashes = new String[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      String text = Embedder.textOf(docs.get(i).factCheck());
      hashes[i] = sha256(text);
      var stored = backend.storedVector(docs.get(i).id(), hashes[i]);
      if (stored.isPresent()) {
        docs.set(i, docs.get(i).withVector(stored.get(), hashes[i]));
        reusedVectors++;
      } else {
        todo.add(i);
        texts.add(text);
      }
    }
    if (!texts.isEmpty()) {
      List<float[]> vectors = embedder.embed(texts);
      for (int j = 0; j < todo.size(); j++) {
        int i = todo.get(j);
        docs.set(i, docs.get(i).withVector(vectors.get(j), hashes[i]));
      }
      encodedVectors += texts.size();
    }
  }

  /** Vectors reused from the index / newly encoded by this instance's upserts. */
  public long[] vectorCounts() {
    return new long[] {reusedVectors, encodedVectors};
  }

  /** Hex SHA-256 of UTF-8 text: the hash stored beside a vector (see {@link SearchBackend#storedVector}). */
  public static String sha256(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** Dense search: fact-checks nearest to a unit vector (see {@link SearchBackend#knn}). */
  public SearchResult knn(float[] vector, int k) throws IOException {
    return backend.knn(vector, k);
  }

  /** The embedder, or null for a lexical-only index. */
  public Embedder embedder() {
    return embedder;
  }

  /** Commits pending upserts. */
  public void commit() throws IOException {
    backend.commit();
  }

  /** Number of committed fact-checks. */
  public long size() throws IOException {
    return backend.size();
  }

  /**
   * Analyses {@code text} as a query in its language and searches the weighted fields.
   *
   * @param text post or claim text
   * @param languageTag the post's language (BCP-47, e.g. {@code vi}); null to identify it
   * @param fieldBoosts weight per field for the exact-form terms ({@link IndexField#ALL_FOLDED}
   *     gets the folded terms, and only for Vietnamese queries)
   * @param k hits wanted, ≥ 1
   */
  public SearchResult search(String text, String languageTag, Map<IndexField, Float> fieldBoosts, int k)
      throws IOException {
    Language lang = Language.fromTag(languageTag);
    AnalyzedText q = analysis.forQuery(text, lang == Language.UNKNOWN ? null : lang);
    List<LexicalQuery.Clause> clauses = new ArrayList<>();
    for (Map.Entry<IndexField, Float> e : fieldBoosts.entrySet()) {
      if (e.getKey() == IndexField.ALL_FOLDED) {
        if (q.language() == Language.VI) {
          clauses.add(new LexicalQuery.Clause(IndexField.ALL_FOLDED, q.folded(), e.getValue()));
        }
      } else {
        clauses.add(new LexicalQuery.Clause(e.getKey(), q.exact(), e.getValue()));
      }
    }
    return backend.search(new LexicalQuery(clauses), k);
  }

  /** The analysis chains. */
  public MultilingualMatchAnalysis analysis() {
    return analysis;
  }

  /** The back end. */
  public SearchBackend backend() {
    return backend;
  }

  @Override
  public void close() throws IOException {
    backend.close();
  }
}
