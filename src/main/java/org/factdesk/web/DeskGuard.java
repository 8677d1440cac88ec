package org.factdesk.web;

import io.javalin.http.Context;
import io.javalin.http.RedirectResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.factdesk.desk.User;

/** Before-handler for {@code /desk} and everything under it: no login → 302 to {@code /login?next=<path>}. */
public final class DeskGuard {
  private final SessionAuth auth;

  public DeskGuard(SessionAuth auth) {
    this.auth = auth;
  }

  /** @throws RedirectResponse to the login page when nobody is logged in */
  public void check(Context ctx) {
    if (auth.current(ctx).isEmpty()) {
      String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
      throw new RedirectResponse();
    }
  }

  /** The logged-in user (call only behind {@link #check}). */
  public User user(Context ctx) {
    return auth.current(ctx).orElseThrow(() -> new IllegalStateException("desk route without login"));
  }
}
