package org.factdesk.web;

import io.javalin.http.Context;

/**
 * Security headers on every response: a Content-Security-Policy without inline scripts or styles,
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin},
 * and framing forbidden ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}) except under
 * {@code /embed/} where partner pages may frame the embeddable card. See the OWASP Secure Headers
 * Project.
 */
public final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'";

  private SecurityHeaders() {}

  /** Sets the headers on {@code ctx} (a before-handler). */
  public static void apply(Context ctx) {
    boolean embed = ctx.path().startsWith("/embed/");
    ctx.header("Content-Security-Policy", CSP + (embed ? "; frame-ancestors *" : "; frame-ancestors 'none'"));
    if (!embed) {
      ctx.header("X-Frame-Options", "DENY");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
  }
}
