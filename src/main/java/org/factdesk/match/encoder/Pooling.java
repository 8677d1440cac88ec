package org.factdesk.match.encoder;

import java.util.Locale;

/**
 * How token vectors become one sentence vector (sentence-transformers' {@code Pooling} module).
 * Padding positions (attention mask 0) never count.
 */
public enum Pooling {
  /** Average of all token vectors, [CLS] and [SEP] included: all-MiniLM-L6-v2, most SBERT models. */
  MEAN,
  /** The vector of the first token ([CLS] / {@code <s>}): e.g. BGE models. */
  CLS;

  /** Lower-case name used in {@link SentenceEncoder#id()}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
