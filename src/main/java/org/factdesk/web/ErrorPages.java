package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.factdesk.desk.ForbiddenException;
import org.factdesk.desk.InvalidFieldException;
import org.factdesk.desk.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps exceptions to responses: {@link InvalidFieldException} → 400, {@link ForbiddenException} → 403,
 * {@link NotFoundException} → 404, Javalin's own responses keep their status; anything else is a bug:
 * 500, logged with its stack trace, with no details shown. Under {@code /api/} the body is JSON
 * {@code {"error": ..., "field": ...}}; elsewhere an HTML error page.
 */
public final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  private ErrorPages() {}

  /** Registers the handlers on {@code app}. */
  public static void register(Javalin app, Pages pages) {
    app.exception(InvalidFieldException.class, (e, ctx) -> respond(ctx, pages, 400, e.getMessage(), e.field()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, pages, 400, e.getMessage(), null));
    app.exception(ForbiddenException.class, (e, ctx) -> respond(ctx, pages, 403, e.getMessage(), null));
    app.exception(NotFoundException.class, (e, ctx) -> respond(ctx, pages, 404, e.getMessage(), null));
    app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, pages, e.getStatus(), e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, pages, 500, "internal error", null);
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(ctx, pages, 404, "not found: " + ctx.path(), null);
      }
    });
  }

  static void respond(Context ctx, Pages pages, int status, String message, String field) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(field == null ? Map.of("error", message) : Map.of("error", message, "field", field));
      return;
    }
    try {
      pages.render(ctx, "error", Map.of("status", status, "message", message == null ? "" : message));
    } catch (RuntimeException e) {
      LOG.error("error page failed", e);
      ctx.contentType("text/plain; charset=utf-8").result(status + " " + message);
    }
  }
}
