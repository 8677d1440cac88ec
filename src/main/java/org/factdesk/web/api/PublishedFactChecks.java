package org.factdesk.web.api;

import java.util.List;
import java.util.Optional;
import org.factdesk.publish.PublishedFactCheck;

/**
 * Read access to published fact-checks (the current published revision of each), for the API,
 * the feeds and the embed card. Implemented by the desk on its database; drafts and unpublished
 * revisions are never returned. Implementations must be thread-safe.
 */
public interface PublishedFactChecks {
  /**
   * Searches published fact-checks.
   *
   * @param query the filters; {@code query.text()} null means "no text filter"
   * @return at most {@code query.limit()} fact-checks: by relevance when there is text (ties: newest
   *     first), else newest first by {@code datePublished}
   */
  List<PublishedFactCheck> search(FactCheckQuery query);

  /**
   * @param slug the URL slug
   * @return the published fact-check with that slug, or empty
   */
  Optional<PublishedFactCheck> bySlug(String slug);
}
