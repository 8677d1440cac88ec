package org.factdesk.index;

import java.util.EnumMap;
import java.util.Map;

/**
 * How fact-checks are indexed and scored: the analyzer id (so a changed chain forces a rebuild) and
 * BM25 parameters per field. Every back end must honour the same settings.
 *
 * @param analyzerId id of the analysis chain that produced the terms
 * @param bm25 BM25 parameters per field; a field missing here uses {@link Bm25Params#LUCENE_DEFAULT}
 * @param vectorModel id of the sentence encoder whose vectors the index holds, or null for a
 *     lexical-only index; vectors of another model live in another space, so a change forces a
 *     rebuild like an analyzer change
 */
public record IndexSettings(String analyzerId, Map<IndexField, Bm25Params> bm25, String vectorModel) {
  /** A lexical-only index. */
  public IndexSettings(String analyzerId, Map<IndexField, Bm25Params> bm25) {
    this(analyzerId, bm25, null);
  }

  public IndexSettings {
    EnumMap<IndexField, Bm25Params> copy = new EnumMap<>(IndexField.class);
    for (IndexField f : IndexField.values()) {
      copy.put(f, bm25.getOrDefault(f, Bm25Params.LUCENE_DEFAULT));
    }
    bm25 = copy;
  }

  /** Parameters of one field. */
  public Bm25Params bm25(IndexField field) {
    return bm25.get(field);
  }
}
