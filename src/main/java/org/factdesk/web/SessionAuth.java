package org.factdesk.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.factdesk.desk.User;
import org.factdesk.desk.UserService;

/**
 * Who is logged in: the session holds only the user id; the account is re-read on each request, so
 * disabling an account or changing its role takes effect at once.
 */
public final class SessionAuth {
  static final String USER_ID = "factdesk.uid";
  private static final String REQUEST_USER = "factdesk.user";
  private final UserService users;

  public SessionAuth(UserService users) {
    this.users = users;
  }

  /**
   * Logs {@code user} in: rotates the session id (against session fixation, OWASP Session Management
   * Cheat Sheet), issues a fresh CSRF token and stores the user id.
   */
  public void login(Context ctx, User user) {
    HttpSession existing = ctx.req().getSession(false);
    if (existing != null) {
      ctx.req().changeSessionId();
    }
    HttpSession s = ctx.req().getSession(true);
    s.removeAttribute(Csrf.ATTRIBUTE);
    s.setAttribute(USER_ID, user.id());
    ctx.attribute(REQUEST_USER, user);
  }

  /** Ends the session. */
  public void logout(Context ctx) {
    HttpSession s = ctx.req().getSession(false);
    if (s != null) {
      s.invalidate();
    }
  }

  /** The logged-in, enabled user of this request, if any. */
  public Optional<User> current(Context ctx) {
    User cached = ctx.attribute(REQUEST_USER);
    if (cached != null) {
      return Optional.of(cached);
    }
    HttpSession s = ctx.req().getSession(false);
    Object id = s == null ? null : s.getAttribute(USER_ID);
    if (!(id instanceof Long uid)) {
      return Optional.empty();
    }
    Optional<User> u = users.find(uid).filter(x -> !x.disabled());
    u.ifPresent(x -> ctx.attribute(REQUEST_USER, x));
    return u;
  }
}
