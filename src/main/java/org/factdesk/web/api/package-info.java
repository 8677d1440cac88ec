/**
 * The versioned JSON API ({@code /api/v1/...}) and the partner feed/embed routes, registered on a
 * Javalin app by {@link org.factdesk.web.api.ApiRoutes} and {@link org.factdesk.web.api.FeedRoutes}.
 *
 * <p>The routes reach the rest of factdesk only through small interfaces the app wires in:
 * {@link org.factdesk.web.api.TextMatcher} (the fact-check index; {@link
 * org.factdesk.web.api.IndexTextMatcher} is the implementation), {@link
 * org.factdesk.web.api.PublishedFactChecks}, {@link org.factdesk.web.api.NarrativeSource}, {@link
 * org.factdesk.web.api.ApiTokens} and {@link org.factdesk.web.api.FactCheckPublisher} (implemented on
 * the database by the {@code store}/desk side). Every error is a JSON {@link
 * org.factdesk.web.api.ApiError}, never a stack trace. The contract is {@code
 * src/main/resources/web/openapi.json}, served at {@code /api/v1/openapi.json}; add a route there and
 * in {@link org.factdesk.web.api.ApiRoutes#ROUTES} together (a test checks they agree).
 */
package org.factdesk.web.api;
