package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.desk.DashboardService;
import org.factdesk.desk.Desk;

/** The workbench pages under {@code /desk} (all behind {@link DeskGuard}): {@code GET /desk} is the dashboard. */
public final class DeskRoutes {
  private final Desk desk;
  private final Pages pages;

  public DeskRoutes(Desk desk, Pages pages, DeskGuard guard) {
    this.desk = desk;
    this.pages = pages;
  }

  /** Registers the routes. */
  public void register(Javalin app) {
    app.get("/desk", this::dashboard);
  }

  private void dashboard(Context ctx) {
    DashboardService d = desk.dashboard();
    String lang = Pages.lang(ctx);
    List<Map<String, Object>> statuses = new ArrayList<>();
    d.casesByStatus().forEach((s, n) -> statuses.add(Map.of("status", s,
        "label", Messages.get(lang, "case_status_" + s), "count", n)));
    List<Map<String, Object>> posts = new ArrayList<>();
    for (DashboardService.PostSummary p : d.newestUnmatched(20)) {
      posts.add(View.post(p));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("statuses", statuses);
    m.put("postCount", d.posts());
    m.put("unmatched", posts);
    m.put("hasUnmatched", !posts.isEmpty());
    pages.render(ctx, "dashboard", m);
  }
}
