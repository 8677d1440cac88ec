package org.factdesk.web.api;

import org.factdesk.publish.PublishedFactCheck;

/**
 * Publishes a fact-check sent through {@code POST /api/v1/factchecks}. Implemented by the desk:
 * create the fact-check and its first published revision in one transaction, write the audit log
 * entry (actor {@code by.name()}), and return the read model. The route has already checked that
 * {@code by} may publish (editor or admin) and that the request is well-formed.
 */
public interface FactCheckPublisher {
  /**
   * @param request the validated request
   * @param by who publishes (from the API token)
   * @return the published fact-check as the portal will show it
   * @throws ApiException to refuse it, e.g. {@code 409} slug taken (field {@code slug}) or {@code
   *     422} verdict code not on the rating scale (field {@code verdict})
   */
  PublishedFactCheck publish(PublishRequest request, ApiPrincipal by);
}
