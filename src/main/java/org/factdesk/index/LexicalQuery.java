package org.factdesk.index;

import java.util.List;

/**
 * An analysed bag-of-words query: per-field term lists with weights; the per-field BM25 scores
 * are summed (Elasticsearch's {@code most_fields}). A repeated term counts again, as in Lucene's
 * {@code QueryBuilder}.
 *
 * @param clauses what to search in which field; clauses with weight ≤ 0 or no terms are ignored
 */
public record LexicalQuery(List<Clause> clauses) {

  /**
   * Terms searched in one field.
   *
   * @param field the field
   * @param terms analysed terms, duplicates kept
   * @param boost weight of this field's score
   */
  public record Clause(IndexField field, List<String> terms, float boost) {
    public Clause {
      terms = List.copyOf(terms);
    }

    /** True when this clause contributes to the score. */
    public boolean active() {
      return boost > 0 && !terms.isEmpty();
    }
  }

  public LexicalQuery {
    clauses = List.copyOf(clauses);
  }

  /** True when there is nothing to search for. */
  public boolean isEmpty() {
    return clauses.stream().noneMatch(Clause::active);
  }
}
