package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.desk.User;
import org.factdesk.desk.UserService;

/**
 * {@code GET /login} (the form), {@code POST /login} (username, password, optional next; CSRF-checked;
 * 401 on a bad login, 429 while rate-limited, 302 to {@code next} or {@code /desk} on success) and
 * {@code POST /logout}.
 */
public final class LoginRoutes {
  private final UserService users;
  private final SessionAuth auth;
  private final LoginRateLimiter limiter;
  private final Pages pages;

  public LoginRoutes(UserService users, SessionAuth auth, LoginRateLimiter limiter, Pages pages) {
    this.users = users;
    this.auth = auth;
    this.limiter = limiter;
    this.pages = pages;
  }

  /** Registers the routes. */
  public void register(Javalin app) {
    app.get("/login", this::form);
    app.post("/login", this::login);
    app.post("/logout", ctx -> {
      auth.logout(ctx);
      ctx.redirect("/login");
    });
  }

  private void form(Context ctx) {
    if (auth.current(ctx).isPresent()) {
      ctx.redirect(safeNext(ctx.queryParam("next")));
      return;
    }
    Csrf.token(ctx);
    pages.render(ctx, "login", model(ctx.queryParam("next"), "", null));
  }

  private void login(Context ctx) {
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String next = ctx.formParam("next");
    String address = ctx.ip();
    if (limiter.blocked(username, address)) {
      ctx.status(429);
      ctx.header("Retry-After", "900");
      pages.render(ctx, "login", model(next, username, "login_rate_limited"));
      return;
    }
    Optional<User> user = users.authenticate(username, password);
    if (user.isEmpty()) {
      limiter.failure(username, address);
      ctx.status(401);
      pages.render(ctx, "login", model(next, username, "login_failed"));
      return;
    }
    limiter.success(username, address);
    auth.login(ctx, user.get());
    ctx.redirect(safeNext(next));
  }

  private static Map<String, Object> model(String next, String username, String errorKey) {
    Map<String, Object> m = new HashMap<>();
    m.put("next", next == null ? "" : next);
    m.put("username", username);
    if (errorKey != null) {
      m.put("error", Map.of(errorKey, true));
    }
    return m;
  }

  /** Only same-site desk paths are followed after login (no open redirect). */
  static String safeNext(String next) {
    if (next != null && next.startsWith("/desk") && !next.contains("//") && !next.contains("\\")
        && next.chars().noneMatch(c -> c < 0x20)) {
      return next;
    }
    return "/desk";
  }
}
