package org.factdesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One piece of public content to check: a social media post, a tweet, a news article or a message.
 *
 * <p>The author is never stored as a handle: {@code authorKey} is a keyed hash (pseudonym) computed
 * at ingest, or {@code null} when the source has no author. Public pages/outlets, which are
 * publishers, may be named in {@code source}.
 *
 * @param id stable identifier, unique within its source (e.g. the CheckThat! tweet id); never blank
 * @param source where the post came from: a file name, feed or public page/outlet name; may be null
 * @param url canonical URL of the post; may be null
 * @param publishedAt publication time; may be null when unknown
 * @param text the text to check; never null (may be empty only if the reader warned about it)
 * @param language BCP-47 language tag such as {@code en} or {@code vi}; may be null when unknown
 * @param authorKey pseudonymised author key (HMAC of the handle); may be null
 * @param engagement public engagement counts; never null
 */
public record Post(
    String id,
    String source,
    String url,
    Instant publishedAt,
    String text,
    String language,
    String authorKey,
    Engagement engagement) {

  /**
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NullPointerException if {@code text} is null
   */
  public Post {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("post id must not be blank");
    }
    Objects.requireNonNull(text, "post text");
    engagement = engagement == null ? Engagement.NONE : engagement;
  }

  /** A post with only an id and text, as in CheckThat! query files. */
  public static Post of(String id, String text) {
    return new Post(id, null, null, null, text, null, null, Engagement.NONE);
  }
}
