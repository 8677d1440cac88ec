package org.factdesk.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.FactCheck;

/**
 * A fact-check ready to index: its analysed terms per field, its sentence vector (optional) and
 * the record itself (stored).
 *
 * @param factCheck the record; its {@code id} is the document id and its {@code url}, when present,
 *     a second identity (adding the same url again replaces the old document)
 * @param terms analysed terms per field, in order, duplicates kept
 * @param vector unit-length sentence embedding of the fact-check text, or null for lexical-only
 * @param textHash hash of the text the vector was computed from (lets re-runs reuse it), or null
 */
public record AnalyzedDocument(FactCheck factCheck, Map<IndexField, List<String>> terms, float[] vector, String textHash) {
  public AnalyzedDocument {
    Objects.requireNonNull(factCheck, "factCheck");
    terms = Map.copyOf(terms);
  }

  /** A lexical-only document. */
  public AnalyzedDocument(FactCheck factCheck, Map<IndexField, List<String>> terms) {
    this(factCheck, terms, null, null);
  }

  /** The same document with a vector. */
  public AnalyzedDocument withVector(float[] v, String hash) {
    return new AnalyzedDocument(factCheck, terms, v, hash);
  }

  /** The document id (the fact-check id). */
  public String id() {
    return factCheck.id();
  }

  /** Terms of one field; empty when the field had no text. */
  public List<String> terms(IndexField field) {
    return terms.getOrDefault(field, List.of());
  }
}
