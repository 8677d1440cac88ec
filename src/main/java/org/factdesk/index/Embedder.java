package org.factdesk.index;

import java.util.List;

/**
 * Turns texts into unit-length sentence vectors for the dense side of the index. Implemented in
 * {@code match.encoder} (the index does not depend on a model).
 */
public interface Embedder {

  /** Model id (name + pooling + normalisation); stored with the index. */
  String id();

  /**
   * @param texts texts to embed, in order
   * @return one unit-length vector per text, same order
   */
  List<float[]> embed(List<String> texts);

  /** The text of a fact-check that is embedded: its claim and title, newline-separated. */
  static String textOf(org.factdesk.model.FactCheck fc) {
    StringBuilder sb = new StringBuilder(fc.claimReviewed());
    if (fc.title() != null && !fc.title().isBlank() && !fc.title().equals(fc.claimReviewed())) {
      sb.append(sb.length() == 0 ? "" : "\n").append(fc.title());
    }
    return sb.toString();
  }
}
