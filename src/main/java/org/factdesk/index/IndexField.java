package org.factdesk.index;

/** The searchable fields of a fact-check document and their names in every back end. */
public enum IndexField {
  /** {@code ClaimReview.claimReviewed} (the CheckThat! vclaim). */
  CLAIM("claim"),
  /** The fact-check article headline. */
  TITLE("title"),
  /** The article subtitle/description. */
  SUBTITLE("subtitle"),
  /** Claim, title and subtitle terms together, in that order: one BM25 field over the whole text. */
  ALL("all"),
  /**
   * The same text with diacritics removed ({@code đ → d}) and folded syllable bigrams: lets a post
   * typed without diacritics find Vietnamese fact-checks. For non-Vietnamese text it holds the same
   * terms as {@link #ALL}.
   */
  ALL_FOLDED("all_folded");

  private final String fieldName;

  IndexField(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The field name used in the index. */
  public String fieldName() {
    return fieldName;
  }
}
