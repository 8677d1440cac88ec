/**
 * {@code factdesk serve}'s web application (Javalin 6 on Jetty 11): the staff workbench under
 * {@code /desk}, login/logout, static assets under {@code /static}, Mustache templates from
 * {@code web/templates/} (HTML-escaped by default) and UI text from {@code web/messages_*.properties}
 * (Vietnamese by default, {@code ?lang=en} switches and is remembered in a cookie).
 *
 * <p>Security lives here: Jetty sessions (HttpOnly, SameSite=Lax, Secure behind https), session id
 * rotated at login ({@link org.factdesk.web.LoginRoutes}), a per-session synchronizer CSRF token
 * checked on every non-GET request outside {@code /api/} ({@link org.factdesk.web.Csrf}), login rate
 * limiting ({@link org.factdesk.web.LoginRateLimiter}) and security headers
 * ({@link org.factdesk.web.SecurityHeaders}). Role checks are in the {@code desk} services; the web
 * layer maps their exceptions to 403/404/400 ({@link org.factdesk.web.ErrorPages}).
 *
 * <p>To add a page: a template extending {@code layout}, a routes class registering handlers on the
 * app, and its text in both message bundles.
 */
package org.factdesk.web;
