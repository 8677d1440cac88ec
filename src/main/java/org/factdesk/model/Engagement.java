package org.factdesk.model;

/**
 * Public engagement counts of a post as reported by the platform export.
 *
 * <p>Counts are non-negative; {@code 0} means "zero or not reported". Use {@link #NONE} when a source
 * reports nothing.
 *
 * @param likes reactions/likes/favourites
 * @param shares shares/retweets/forwards
 * @param comments comments/replies
 */
public record Engagement(long likes, long shares, long comments) {
  /** No engagement reported. */
  public static final Engagement NONE = new Engagement(0, 0, 0);

  /**
   * @throws IllegalArgumentException if any count is negative
   */
  public Engagement {
    if (likes < 0 || shares < 0 || comments < 0) {
      throw new IllegalArgumentException(
          "engagement counts must be >= 0, got likes=" + likes + " shares=" + shares + " comments=" + comments);
    }
  }

  /** Sum of likes, shares and comments: a crude reach signal. */
  public long total() {
    return likes + shares + comments;
  }
}
