package org.factdesk.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Synchronizer-token CSRF protection (OWASP CSRF Prevention Cheat Sheet): one random token per
 * session, put into every form as the hidden field {@code _csrf} (or sent as header
 * {@code X-CSRF-Token}), and compared in constant time on every request whose method is not
 * GET/HEAD/OPTIONS, except under {@code /api/} (token-authenticated, no cookies). A missing or wrong
 * token is answered 403. The login form is covered too (a pre-login session holds its token).
 */
public final class Csrf {
  static final String ATTRIBUTE = "factdesk.csrf";
  /** The form field name. */
  public static final String FIELD = "_csrf";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** The session's token, creating the session and the token when needed. */
  public static String token(Context ctx) {
    HttpSession s = ctx.req().getSession(true);
    String t = (String) s.getAttribute(ATTRIBUTE);
    if (t == null) {
      byte[] b = new byte[32];
      RANDOM.nextBytes(b);
      t = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
      s.setAttribute(ATTRIBUTE, t);
    }
    return t;
  }

  /**
   * Before-handler: refuses a state-changing request without the session's token.
   *
   * @throws ForbiddenResponse 403 when the token is missing or wrong
   */
  public static void check(Context ctx) {
    if (SAFE.contains(ctx.method().name()) || ctx.path().startsWith("/api/")) {
      return;
    }
    HttpSession s = ctx.req().getSession(false);
    String expected = s == null ? null : (String) s.getAttribute(ATTRIBUTE);
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null) {
      sent = ctx.formParam(FIELD);
    }
    if (expected == null || sent == null
        || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse("CSRF token missing or invalid: reload the page and try again");
    }
  }
}
