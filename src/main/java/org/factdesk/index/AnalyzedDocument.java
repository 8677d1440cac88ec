package org.factdesk.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.FactCheck;

/**
 * A fact-check ready to index: its analysed terms per field plus the record itself (stored).
 *
 * @param factCheck the record; its {@code id} is the document id and its {@code url}, when present,
 *     a second identity (adding the same url again replaces the old document)
 * @param terms analysed terms per field, in order, duplicates kept
 */
public record AnalyzedDocument(FactCheck factCheck, Map<IndexField, List<String>> terms) {
  public AnalyzedDocument {
    Objects.requireNonNull(factCheck, "factCheck");
    terms = Map.copyOf(terms);
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
