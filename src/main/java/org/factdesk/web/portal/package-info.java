/**
 * The public portal of {@code factdesk serve} (no login): home with featured ("tiêu điểm"), hot
 * ("tin nóng") and latest fact-checks, category pages, Vietnamese-aware search and the fact-check
 * article page with its ClaimReview JSON-LD; plus the privacy-preserving visitor counter.
 *
 * <p>{@link org.factdesk.web.portal.Portal} assembles it: {@link org.factdesk.web.portal.PortalIndex}
 * (published fact-checks in memory, in a {@link org.factdesk.publish.FactCheckSearch}; the desk calls
 * {@code refresh(id)} after publishing), {@link org.factdesk.web.portal.VisitorCounter} (daily totals
 * per path, batched, bots not counted) and {@link org.factdesk.web.portal.PortalRoutes}. Templates are
 * {@code web/templates/portal-*.mustache}; text is in both message bundles under {@code portal_*}/{@code search_*}.
 *
 * <p>To add a page: a route in {@code PortalRoutes} rendering through {@code render(...)} (so it is
 * counted), a template extending {@code layout}, and its text in both bundles.
 */
package org.factdesk.web.portal;
