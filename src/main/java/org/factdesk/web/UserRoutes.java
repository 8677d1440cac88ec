package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.desk.Desk;
import org.factdesk.desk.Role;
import org.factdesk.desk.User;

/**
 * Accounts (behind {@link DeskGuard}):
 *
 * <ul>
 *   <li>{@code GET /desk/users} (admin) — accounts; {@code POST /desk/users} — create ({@code username},
 *       {@code password}, {@code role}); {@code POST /desk/users/{id}} — set {@code role}, {@code disabled};
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
    app.get("/desk/users", this::list);
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
    app.get("/desk/account", ctx -> pages.render(ctx, "account", Map.of("changed", ctx.queryParam("changed") != null)));
    app.post("/desk/account/password", ctx -> {
      User u = guard.user(ctx);
      desk.users().changePassword(u.actor(), u.id(), Forms.text(ctx, "current_password"), Forms.text(ctx, "password"));
      ctx.redirect("/desk/account?changed=1");
    });
  }

  private void list(Context ctx) {
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
    pages.render(ctx, "users", Map.of("users", rows, "roles", roleOptions(Role.VIEWER)));
  }

  private static List<Map<String, Object>> roleOptions(Role selected) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Role r : Role.values()) {
      out.add(Map.of("value", r.code(), "label", r.code(), "selected", r == selected));
    }
    return out;
  }
}
