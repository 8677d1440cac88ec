package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.desk.ApiTokenService;
import org.factdesk.desk.Desk;
import org.factdesk.desk.Role;
import org.factdesk.desk.User;

/**
 * Accounts (behind {@link DeskGuard}):
 *
 * <ul>
 *   <li>{@code GET /desk/users} (admin) — accounts; {@code POST /desk/users} — create ({@code username},
 *       {@code password}, {@code role}); {@code POST /desk/users/{id}} — set {@code role}, {@code disabled};
 *   <li>{@code POST /desk/tokens} (admin; {@code user_id}, {@code label}) — new API token, shown once on the
 *       response; {@code POST /desk/tokens/{id}/revoke};
 *   <li>{@code GET /desk/audit} (admin) — the newest 200 audit-log rows;
 *   <li>{@code GET /desk/account} — own account; {@code POST /desk/account/password}
 *       ({@code current_password}, {@code password}).
 * </ul>
 */
public final class UserRoutes {
  private final Desk desk;
  private final Pages pages;
  private final DeskGuard guard;

  public UserRoutes(Desk desk, Pages pages, DeskGuard guard) {
    this.desk = desk;
    this.pages = pages;
    this.guard = guard;
  }

  /** Registers the routes. */
  public void register(Javalin app) {
    app.get("/desk/users", ctx -> list(ctx, null));
    app.post("/desk/users", ctx -> {
      desk.users().create(guard.user(ctx).actor(), Forms.text(ctx, "username").strip(), Forms.text(ctx, "password"),
          Role.of(Forms.required(ctx, "role")));
      ctx.redirect("/desk/users");
    });
    app.post("/desk/users/{id}", ctx -> {
      desk.users().update(guard.user(ctx).actor(), Forms.id(ctx, "id"), Role.of(Forms.required(ctx, "role")),
          ctx.formParam("disabled") != null);
      ctx.redirect("/desk/users");
    });
    app.post("/desk/tokens", ctx -> {
      User admin = guard.user(ctx);
      long userId = Forms.optionalLong(ctx, "user_id") == null ? admin.id() : Forms.optionalLong(ctx, "user_id");
      String token = desk.tokens().create(admin.actor(), userId, Forms.text(ctx, "label"));
      // shown once, on this response only (not a redirect: the token must not end up in a URL or a log)
      ctx.header("Cache-Control", "no-store");
      list(ctx, token);
    });
    app.post("/desk/tokens/{id}/revoke", ctx -> {
      desk.tokens().revoke(guard.user(ctx).actor(), Forms.id(ctx, "id"));
      ctx.redirect("/desk/users");
    });
    app.get("/desk/audit", ctx -> {
      guard.user(ctx).role().require(Role.Permission.MANAGE_USERS);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (org.factdesk.desk.AuditLog.Entry e : desk.audit().recent(200)) {
        rows.add(Map.of("id", e.id(), "at", View.minute(e.at()), "user", View.orEmpty(e.username()),
            "action", e.action(), "entity", e.entity(), "entityId", View.orEmpty(e.entityId()), "details", e.details()));
      }
      pages.render(ctx, "audit", Map.of("entries", rows));
    });
    app.get("/desk/account", ctx -> pages.render(ctx, "account", Map.of("changed", ctx.queryParam("changed") != null)));
    app.post("/desk/account/password", ctx -> {
      User u = guard.user(ctx);
      desk.users().changePassword(u.actor(), u.id(), Forms.text(ctx, "current_password"), Forms.text(ctx, "password"));
      ctx.redirect("/desk/account?changed=1");
    });
  }

  private void list(Context ctx, String newToken) {
    guard.user(ctx).role().require(Role.Permission.MANAGE_USERS);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (User u : desk.users().list()) {
      Map<String, Object> m = new HashMap<>();
      m.put("id", u.id());
      m.put("name", u.username());
      m.put("disabled", u.disabled());
      m.put("lastLogin", View.minute(u.lastLoginAt()));
      m.put("roles", roleOptions(u.role()));
      rows.add(m);
    }
    List<Map<String, Object>> tokens = new ArrayList<>();
    for (ApiTokenService.TokenInfo t : desk.tokens().list()) {
      tokens.add(Map.of("id", t.id(), "user", t.username(), "label", View.orEmpty(t.label()),
          "created", View.minute(t.createdAt()), "lastUsed", View.minute(t.lastUsedAt()), "revoked", t.revoked()));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("users", rows);
    m.put("roles", roleOptions(Role.VIEWER));
    m.put("tokens", tokens);
    m.put("newToken", newToken == null ? "" : newToken);
    pages.render(ctx, "users", m);
  }

  private static List<Map<String, Object>> roleOptions(Role selected) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Role r : Role.values()) {
      out.add(Map.of("value", r.code(), "label", r.code(), "selected", r == selected));
    }
    return out;
  }
}
