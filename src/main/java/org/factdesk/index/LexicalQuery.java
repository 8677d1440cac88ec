package org.factdesk.index;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An analysed bag-of-words query: the same terms are searched in every boosted field and the
 * per-field BM25 scores are summed (Elasticsearch's {@code most_fields}).
 *
 * @param terms analysed query terms, duplicates kept (a repeated term counts again, as in Lucene's
 *     {@code QueryBuilder})
 * @param fieldBoosts weight per field; fields absent or with weight 0 are not searched
 */
public record LexicalQuery(List<String> terms, Map<IndexField, Float> fieldBoosts) {
  public LexicalQuery {
    terms = List.copyOf(terms);
    fieldBoosts = new EnumMap<>(fieldBoosts);
  }

  /** True when there is nothing to search for. */
  public boolean isEmpty() {
    return terms.isEmpty() || fieldBoosts.values().stream().noneMatch(b -> b > 0);
  }
}
