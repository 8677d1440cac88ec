package org.factdesk.claims;

import java.util.Objects;

/**
 * One sentence of a post with its check-worthiness: {@code text} is exactly
 * {@code post.text().substring(start, end)}. A sentence that is not check-worthy is "not a factual
 * claim" (an opinion, question, complaint, greeting…): it gets no verdict and is never "false".
 *
 * @param postId the post's id
 * @param sentenceIndex 0-based index of the sentence among all sentences the splitter found in the
 *     post (sentences skipped as empty or link-only keep their numbers, so indices can have gaps)
 * @param start offset of the first char in the post text (UTF-16 chars, inclusive)
 * @param end offset after the last char (exclusive)
 * @param text the sentence as written
 * @param score check-worthiness in [0, 1]
 * @param checkWorthy whether {@code score} reached the scorer's threshold
 */
public record Claim(String postId, int sentenceIndex, int start, int end, String text, double score,
    boolean checkWorthy) {

  /**
   * @throws IllegalArgumentException if offsets are negative or reversed, {@code end - start} is
   *     not the text's length, or the score is outside [0, 1]
   */
  public Claim {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(text, "text");
    if (sentenceIndex < 0 || start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad claim span [" + start + ", " + end + ") for a text of " + text.length()
          + " chars at sentence " + sentenceIndex);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("check-worthiness score must be in [0, 1], got " + score);
    }
  }
}
