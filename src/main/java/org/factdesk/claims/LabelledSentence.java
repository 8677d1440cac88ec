package org.factdesk.claims;

import java.util.Objects;

/**
 * A sentence with a check-worthiness label, for training and evaluation.
 *
 * @param id unique within a data set, e.g. {@code ct2022:tweet-sno-12} or {@code nonclaim-vi:87}
 * @param text the sentence as written
 * @param language {@code vi} or {@code en}
 * @param source where it comes from, for per-source reports (e.g. {@code ct2022-tweets}, {@code vfnd})
 * @param checkWorthy the label
 */
public record LabelledSentence(String id, String text, String language, String source, boolean checkWorthy) {
  public LabelledSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(source, "source");
  }
}
