package org.factdesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.factdesk.model.FactCheck;
import org.factdesk.text.analysis.TokenLists;

/**
 * Fact-checks in a {@link SearchBackend}, analysed by one analyzer: the only place where text
 * becomes terms for indexing and querying, so every back end sees the same tokens.
 */
public final class FactCheckIndex implements Closeable {
  private final SearchBackend backend;
  private final Analyzer analyzer;

  /**
   * @param backend where documents live
   * @param analyzer the chain named by {@code backend.settings().analyzerId()}
   */
  public FactCheckIndex(SearchBackend backend, Analyzer analyzer) {
    this.backend = backend;
    this.analyzer = analyzer;
  }

  /** Analyses one fact-check into per-field terms. */
  public AnalyzedDocument analyze(FactCheck factCheck) {
    Map<IndexField, List<String>> terms = new EnumMap<>(IndexField.class);
    terms.put(IndexField.CLAIM, TokenLists.analyze(analyzer, IndexField.CLAIM.fieldName(), factCheck.claimReviewed()));
    terms.put(IndexField.TITLE, TokenLists.analyze(analyzer, IndexField.TITLE.fieldName(), factCheck.title()));
    terms.put(IndexField.SUBTITLE, TokenLists.analyze(analyzer, IndexField.SUBTITLE.fieldName(), factCheck.subtitle()));
    List<String> all = new ArrayList<>();
    all.addAll(terms.get(IndexField.CLAIM));
    all.addAll(terms.get(IndexField.TITLE));
    all.addAll(terms.get(IndexField.SUBTITLE));
    terms.put(IndexField.ALL, all);
    return new AnalyzedDocument(factCheck, terms);
  }

  /** Analyses and upserts a batch (not yet committed). */
  public void upsert(Collection<FactCheck> factChecks) throws IOException {
    List<AnalyzedDocument> docs = new ArrayList<>(factChecks.size());
    for (FactCheck fc : factChecks) {
      docs.add(analyze(fc));
    }
    backend.upsert(docs);
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
   * Analyses {@code text} as a query and searches the boosted fields.
   *
   * @param text post or claim text
   * @param fieldBoosts weight per field
   * @param k hits wanted, ≥ 1
   */
  public SearchResult search(String text, Map<IndexField, Float> fieldBoosts, int k) throws IOException {
    List<String> terms = TokenLists.analyze(analyzer, "query", text);
    return backend.search(new LexicalQuery(terms, fieldBoosts), k);
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
