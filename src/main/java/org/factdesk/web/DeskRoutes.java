package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.desk.AlertService;
import org.factdesk.desk.CaseService;
import org.factdesk.desk.DashboardService;
import org.factdesk.desk.Desk;
import org.factdesk.desk.FactCheckCatalog;
import org.factdesk.desk.NotFoundException;
import org.factdesk.desk.PostSearch;
import org.factdesk.desk.PostService;
import org.factdesk.model.FactCheck;

/**
 * Workbench pages about incoming content (all behind {@link DeskGuard}):
 *
 * <ul>
 *   <li>{@code GET /desk} — dashboard: new alerts, newest check-worthy posts without a confident match (their
 *       most check-worthy sentence), cases by status;
 *   <li>{@code POST /desk/alerts/{id}/ack} — acknowledge an alert (reviewer+);
 *   <li>{@code GET /desk/posts/{seq}} — a stored post (never its author) with its suggested fact-checks;
 *   <li>{@code POST /desk/posts/{seq}/feedback} — {@code fact_check_id}, {@code decision=accept|reject} (reviewer+);
 *   <li>{@code GET /desk/search} — {@code q}, {@code language}, {@code source}, {@code from}, {@code to}
 *       ({@code yyyy-mm-dd}), {@code verdict}: posts and fact-checks.
 * </ul>
 */
public final class DeskRoutes {
  private final Desk desk;
  private final Pages pages;
  private final DeskGuard guard;

  public DeskRoutes(Desk desk, Pages pages, DeskGuard guard) {
    this.desk = desk;
    this.pages = pages;
    this.guard = guard;
  }

  /** Registers the routes. */
  public void register(Javalin app) {
    app.get("/desk", this::dashboard);
    app.post("/desk/alerts/{id}/ack", ctx -> {
      desk.alerts().acknowledge(guard.user(ctx).actor(), Forms.id(ctx, "id"));
      ctx.redirect("/desk");
    });
    app.get("/desk/posts/{seq}", this::post);
    app.post("/desk/posts/{seq}/feedback", this::feedback);
    app.get("/desk/search", this::search);
  }

  /**
   * The dashboard's narratives: rising ones first (burst score of the latest day, as the report ranks
   * them), then the largest, at most 10; outlets are public pages, never authors.
   */
  static List<Map<String, Object>> narrativeRows(org.factdesk.report.NarrativeSection section) {
    java.util.LinkedHashMap<String, org.factdesk.report.NarrativeEntry> picked = new java.util.LinkedHashMap<>();
    for (var e : section.byRising()) {
      picked.putIfAbsent(e.id(), e);
    }
    for (var e : section.byVolume()) {
      picked.putIfAbsent(e.id(), e);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (var e : picked.values()) {
      if (rows.size() == 10) {
        break;
      }
      Map<String, Object> r = new HashMap<>();
      r.put("id", e.id());
      r.put("posts", e.size());
      r.put("verdict", e.verdict() == null ? "" : e.verdict());
      r.put("claim", e.factCheck() == null ? "" : View.excerpt(e.factCheck().headline(), 160));
      r.put("seen", (e.firstSeen() == null ? "?" : View.day(e.firstSeen())) + " – "
          + (e.lastSeen() == null ? "?" : View.day(e.lastSeen())));
      r.put("outlets", String.join(", ", e.outlets().stream().limit(3)
          .map(o -> o.outlet() + " (" + o.posts() + ")").toList()));
      r.put("rising", e.rising() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", e.rising().score()));
      rows.add(r);
    }
    return rows;
  }

  private void dashboard(Context ctx) {
    DashboardService d = desk.dashboard();
    String lang = Pages.lang(ctx);
    List<Map<String, Object>> statuses = new ArrayList<>();
    d.casesByStatus().forEach((s, n) -> statuses.add(Map.of("status", s,
        "label", Messages.get(lang, "case_status_" + s), "count", n)));
    List<Map<String, Object>> posts = new ArrayList<>();
    for (DashboardService.CheckWorthyPost p : d.newestCheckWorthy(20, 500, desk.claims())) {
      Map<String, Object> row = View.post(p.post());
      row.put("excerpt", View.excerpt(p.sentence(), 220));
      row.put("checkWorthiness", View.score(p.checkWorthiness()));
      posts.add(row);
    }
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (AlertService.StoredAlert a : desk.alerts().unacknowledged(20)) {
      Map<String, Object> m = new HashMap<>();
      m.put("id", a.id());
      m.put("narrative", a.narrativeKey());
      m.put("verdict", a.verdict() == null ? "" : a.verdict());
      m.put("factCheckId", a.factCheckId() == null ? "" : a.factCheckId());
      m.put("window", View.day(a.windowStart()) + " – " + View.day(a.windowEnd()));
      m.put("posts", a.postsInWindow());
      m.put("outlets", a.topOutlets());
      alerts.add(m);
    }
    List<Map<String, Object>> recent = new ArrayList<>();
    for (CaseService.Case c : desk.cases().list(null, 10)) {
      recent.add(View.caseRow(c, lang));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("narratives", narrativeRows(desk.narrativeScan().latest().section()));
    m.put("hasNarratives", !((List<?>) m.get("narratives")).isEmpty());
    m.put("statuses", statuses);
    m.put("postCount", d.posts());
    m.put("unmatched", posts);
    m.put("hasUnmatched", !posts.isEmpty());
    m.put("alerts", alerts);
    m.put("hasAlerts", !alerts.isEmpty());
    m.put("recentCases", recent);
    m.put("hasRecentCases", !recent.isEmpty());
    pages.render(ctx, "dashboard", m);
  }

  private void post(Context ctx) {
    long seq = Forms.id(ctx, "seq");
    PostService.PostView p = desk.posts().find(seq).orElseThrow(() -> new NotFoundException("no stored post " + seq));
    Map<String, Boolean> decided = desk.feedback().latest(seq);
    String lang = Pages.lang(ctx);
    List<Map<String, Object>> matches = new ArrayList<>();
    for (PostService.StoredMatch sm : desk.posts().matches(seq)) {
      Map<String, Object> m = View.factCheck(desk.catalog().get(sm.factCheckId()).orElse(null), sm.factCheckId());
      m.put("rank", sm.rank());
      m.put("score", View.score(sm.confidence()));
      m.put("band", sm.band());
      m.put("bandLabel", Messages.get(lang, "band_" + sm.band()));
      Boolean d = decided.get(sm.factCheckId());
      m.put("accepted", Boolean.TRUE.equals(d));
      m.put("rejected", Boolean.FALSE.equals(d));
      matches.add(m);
    }
    List<Map<String, Object>> cases = new ArrayList<>();
    for (CaseService.Case c : desk.cases().forPost(seq)) {
      cases.add(View.caseRow(c, lang));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("post", View.postView(p));
    m.put("matches", matches);
    m.put("hasMatches", !matches.isEmpty());
    m.put("cases", cases);
    m.put("hasCases", !cases.isEmpty());
    pages.render(ctx, "post", m);
  }

  private void feedback(Context ctx) {
    long seq = Forms.id(ctx, "seq");
    String decision = Forms.required(ctx, "decision");
    if (!decision.equals("accept") && !decision.equals("reject")) {
      throw new org.factdesk.desk.InvalidFieldException("decision", "accept or reject");
    }
    desk.feedback().record(guard.user(ctx).actor(), seq, Forms.required(ctx, "fact_check_id"), decision.equals("accept"));
    ctx.redirect("/desk/posts/" + seq);
  }

  private void search(Context ctx) {
    String q = Forms.query(ctx, "q");
    String language = Forms.query(ctx, "language");
    String source = Forms.query(ctx, "source");
    String verdict = Forms.query(ctx, "verdict");
    PostSearch.Filters filters = new PostSearch.Filters(language, source, Forms.day(ctx, "from", 0),
        Forms.day(ctx, "to", 1));
    List<Map<String, Object>> posts = new ArrayList<>();
    List<Map<String, Object>> facts = new ArrayList<>();
    if (q != null) {
      if (verdict == null) {
        for (PostService.PostView p : desk.posts().findAll(desk.postSearch().search(q, filters, 30))) {
          posts.add(View.postView(p));
        }
      }
      for (FactCheckCatalog.Hit h : desk.catalog().search(q, language, verdict, 20)) {
        Map<String, Object> m = View.factCheck(h.factCheck(), h.factCheck().id());
        m.put("score", View.score(h.score()));
        facts.add(m);
      }
    }
    Map<String, Object> m = new HashMap<>();
    m.put("q", q == null ? "" : q);
    m.put("searched", q != null);
    m.put("language", language == null ? "" : language);
    m.put("languages", View.options(List.of("vi", "en"), language));
    m.put("sources", View.options(desk.posts().sources(200), source));
    m.put("from", Forms.query(ctx, "from") == null ? "" : Forms.query(ctx, "from"));
    m.put("to", Forms.query(ctx, "to") == null ? "" : Forms.query(ctx, "to"));
    m.put("verdict", verdict == null ? "" : verdict);
    m.put("posts", posts);
    m.put("hasPosts", !posts.isEmpty());
    m.put("factChecks", facts);
    m.put("hasFactChecks", !facts.isEmpty());
    m.put("verdictFilterOnly", verdict != null);
    pages.render(ctx, "search", m);
  }
}
