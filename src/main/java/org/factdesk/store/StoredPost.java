package org.factdesk.store;

import java.util.Objects;
import org.factdesk.model.Post;

/**
 * A post as kept in the {@code posts} table.
 *
 * @param seq storage order, 1-based, assigned by the writer
 * @param post the post (author already pseudonymised by the reader)
 * @param canonicalUrl the URL after canonicalisation; may be null
 * @param language detected language tag ({@code vi}, {@code en}, {@code other}) when the post had none
 * @param contentKey 64-bit key of the normalised text, or null for texts too short to dedupe on
 * @param fingerprint 64-bit decoration-robust key, or null for texts too short
 * @param duplicateOf seq of the first post of its near-duplicate chain, or null
 * @param origin the input it came from (file path or feed URL)
 * @param originRecord 1-based record number in that input (accepted and rejected records counted)
 */
public record StoredPost(
    long seq,
    Post post,
    String canonicalUrl,
    String language,
    Long contentKey,
    Long fingerprint,
    Long duplicateOf,
    String origin,
    long originRecord) {
  public StoredPost {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(origin, "origin");
  }
}
