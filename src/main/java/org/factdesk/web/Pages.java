package org.factdesk.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.desk.Role;
import org.factdesk.desk.User;

/**
 * Renders a page template with the model every page shares: {@code t} (UI text), {@code lang},
 * {@code otherLang}, {@code csrf} (the session's token, for forms; only when a session exists), {@code user} (name and role, when
 * logged in), {@code can} (the user's permissions, to hide buttons they may not use) and {@code path}.
 */
public final class Pages {
  static final String LANG_COOKIE = "lang";
  private final Templates templates;
  private final SessionAuth auth;

  public Pages(Templates templates, SessionAuth auth) {
    this.templates = templates;
    this.auth = auth;
  }

  /** The UI language of this request: {@code ?lang=}, then the {@code lang} cookie, then Vietnamese. */
  public static String lang(Context ctx) {
    String q = ctx.queryParam("lang");
    if (q != null && Messages.LANGUAGES.contains(q)) {
      return q;
    }
    return Messages.supported(ctx.cookie(LANG_COOKIE));
  }

  /** Renders {@code template} into the response (HTML, status already set by the caller or 200). */
  public void render(Context ctx, String template, Map<String, ?> model) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html(ctx, template, model));
  }

  /** The page as a string. */
  public String html(Context ctx, String template, Map<String, ?> model) {
    String lang = lang(ctx);
    Map<String, Object> m = new HashMap<>(model);
    m.put("t", Messages.of(lang));
    m.put("lang", lang);
    m.put("otherLang", lang.equals("vi") ? "en" : "vi");
    m.put("path", ctx.path());
    if (ctx.req().getSession(false) != null) {
      m.put("csrf", Csrf.token(ctx)); // only where a session exists: public pages set no cookie
    }
    auth.current(ctx).ifPresent(u -> {
      m.put("user", Map.of("name", u.username(), "role", u.role().code()));
      m.put("can", permissions(u));
    });
    return templates.render(template, m);
  }

  private static Map<String, Boolean> permissions(User u) {
    Map<String, Boolean> can = new HashMap<>();
    for (Role.Permission p : Role.Permission.values()) {
      can.put(p.name().toLowerCase(java.util.Locale.ROOT), u.role().can(p));
    }
    return can;
  }
}
