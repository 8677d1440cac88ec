package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.session.SessionHandler;
import org.factdesk.desk.Desk;

/**
 * Builds the web application: security headers, language cookie, CSRF check, static files under
 * {@code /static}, login/logout, the workbench under {@code /desk}, error pages, plus any extra
 * {@link RouteModule}s (the public portal, the API). Usable in-process by tests
 * ({@code JavalinTest.test(WebApp.create(...), ...)}); {@code factdesk serve} starts it on a port.
 */
public final class WebApp {
  /** Idle session lifetime: 8 hours. */
  public static final int SESSION_IDLE_SECONDS = 8 * 3600;
  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "FACTDESK_SESSION";

  /** A group of routes registered on the app (public portal, API, ...). */
  @FunctionalInterface
  public interface RouteModule {
    void register(Javalin app);
  }

  private WebApp() {}

  /** The app with the desk only. */
  public static Javalin create(WebConfig config, Desk desk) {
    return create(config, desk, LoginRateLimiter.standard(desk.clock()), List.of());
  }

  /**
   * The app.
   *
   * @param limiter login throttling (tests pass their own clock)
   * @param modules extra routes, registered after the desk's
   */
  public static Javalin create(WebConfig config, Desk desk, LoginRateLimiter limiter, List<RouteModule> modules) {
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxUploadBytes() + 1024 * 1024;
      c.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/web/static";
        s.location = Location.CLASSPATH;
      });
      c.jetty.modifyServletContextHandler(h -> h.setSessionHandler(sessions(config)));
    });
    Templates templates = new Templates();
    SessionAuth auth = new SessionAuth(desk.users());
    Pages pages = new Pages(templates, auth);
    DeskGuard guard = new DeskGuard(auth);
    app.before(SecurityHeaders::apply);
    app.before(ctx -> {
      String q = ctx.queryParam("lang");
      if (q != null && Messages.LANGUAGES.contains(q)) {
        ctx.cookie(new io.javalin.http.Cookie(Pages.LANG_COOKIE, q, "/", 365 * 24 * 3600, config.secureCookies(),
            0, false, null, null, io.javalin.http.SameSite.LAX));
      }
    });
    app.before(Csrf::check);
    app.before("/desk", guard::check);
    app.before("/desk/*", guard::check);
    new LoginRoutes(desk.users(), auth, limiter, pages).register(app);
    new DeskRoutes(desk, pages, guard).register(app);
    for (RouteModule m : modules) {
      m.register(app);
    }
    ErrorPages.register(app, pages);
    return app;
  }

  private static SessionHandler sessions(WebConfig config) {
    SessionHandler h = new SessionHandler();
    h.setSessionCookie(SESSION_COOKIE);
    h.setHttpOnly(true);
    h.setSameSite(HttpCookie.SameSite.LAX);
    h.setSecureRequestOnly(false);
    h.getSessionCookieConfig().setSecure(config.secureCookies());
    h.setMaxInactiveInterval(SESSION_IDLE_SECONDS);
    h.setUsingCookies(true);
    return h;
  }
}
