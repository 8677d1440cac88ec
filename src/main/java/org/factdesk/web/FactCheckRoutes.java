package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.desk.CategoryService;
import org.factdesk.desk.Desk;
import org.factdesk.desk.Draft;
import org.factdesk.desk.FactCheckService;
import org.factdesk.desk.InvalidFieldException;
import org.factdesk.desk.NotFoundException;
import org.factdesk.desk.RatingScale;
import org.factdesk.desk.SourceLines;
import org.factdesk.desk.User;

/**
 * The fact-check article editor and its workflow (behind {@link DeskGuard}; roles checked by
 * {@link FactCheckService}):
 *
 * <ul>
 *   <li>{@code GET /desk/factchecks?status=} — list;
 *   <li>{@code POST /desk/cases/{id}/factchecks} — create the case's article from the editor form;
 *   <li>{@code GET /desk/factchecks/{id}} — editor with the newest revision, workflow buttons, revisions;
 *   <li>{@code POST /desk/factchecks/{id}} — save; {@code /submit}; {@code /send-back}; {@code /publish}
 *       (approve &amp; publish).
 * </ul>
 *
 * <p>Editor fields: {@code title}, {@code summary}, {@code body} (Markdown), {@code claim_reviewed},
 * {@code appearances} (one URL per line), {@code verdict} (a rating-scale code or empty),
 * {@code sources} (one per line, {@code title | url}), {@code category}, {@code article_lang}
 * ({@code vi}/{@code en}), {@code featured} (checkbox).
 */
public final class FactCheckRoutes {
  private final Desk desk;
  private final Pages pages;
  private final DeskGuard guard;

  public FactCheckRoutes(Desk desk, Pages pages, DeskGuard guard) {
    this.desk = desk;
    this.pages = pages;
    this.guard = guard;
  }

  /** Registers the routes. */
  public void register(Javalin app) {
    app.get("/desk/factchecks", this::list);
    app.post("/desk/cases/{id}/factchecks", ctx -> {
      long caseId = Forms.id(ctx, "id");
      try {
        FactCheckService.Article a = desk.factChecks().create(guard.user(ctx).actor(), caseId, draft(ctx));
        ctx.redirect("/desk/factchecks/" + a.meta().id());
      } catch (InvalidFieldException e) {
        redisplay(ctx, e, "/desk/cases/" + caseId + "/factchecks");
      }
    });
    app.get("/desk/factchecks/{id}", this::page);
    app.post("/desk/factchecks/{id}", ctx -> {
      long id = Forms.id(ctx, "id");
      try {
        desk.factChecks().save(guard.user(ctx).actor(), id, draft(ctx));
        ctx.redirect("/desk/factchecks/" + id);
      } catch (InvalidFieldException e) {
        redisplay(ctx, e, "/desk/factchecks/" + id);
      }
    });
    app.post("/desk/factchecks/{id}/submit", ctx -> {
      long id = Forms.id(ctx, "id");
      desk.factChecks().submit(guard.user(ctx).actor(), id);
      ctx.redirect("/desk/factchecks/" + id);
    });
    app.post("/desk/factchecks/{id}/send-back", ctx -> {
      long id = Forms.id(ctx, "id");
      desk.factChecks().sendBack(guard.user(ctx).actor(), id);
      ctx.redirect("/desk/factchecks/" + id);
    });
    app.post("/desk/factchecks/{id}/publish", ctx -> {
      long id = Forms.id(ctx, "id");
      desk.factChecks().approveAndPublish(guard.user(ctx).actor(), id);
      ctx.redirect("/desk/factchecks/" + id);
    });
  }

  private void list(Context ctx) {
    String status = Forms.query(ctx, "status");
    if (status != null && !FactCheckService.STATUSES.contains(status)) {
      throw new InvalidFieldException("status", "one of " + FactCheckService.STATUSES);
    }
    String lang = Pages.lang(ctx);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FactCheckService.Article a : desk.factChecks().list(status, 200)) {
      rows.add(row(a, lang, desk));
    }
    pages.render(ctx, "factchecks", Map.of("articles", rows, "hasArticles", !rows.isEmpty()));
  }

  private void page(Context ctx) {
    long id = Forms.id(ctx, "id");
    FactCheckService.Article a = desk.factChecks().find(id).orElseThrow(() -> new NotFoundException("no fact-check " + id));
    String lang = Pages.lang(ctx);
    List<Map<String, Object>> revisions = new ArrayList<>();
    for (FactCheckService.Revision r : desk.factChecks().revisions(id)) {
      revisions.add(Map.of("number", r.number(), "title", r.title(), "author", r.author(),
          "created", View.minute(r.createdAt()), "published", View.minute(r.publishedAt()),
          "reviewer", View.orEmpty(r.reviewedBy()), "isPublished", r.publishedAt() != null));
    }
    String status = a.meta().status();
    Map<String, Object> m = new HashMap<>();
    m.put("article", row(a, lang, desk));
    m.put("editor", editorModel(desk, lang, a, null));
    m.put("revisions", revisions);
    m.put("isDraft", status.equals("draft"));
    m.put("inReview", status.equals("in_review"));
    m.put("isPublished", status.equals("published"));
    m.put("caseId", a.meta().caseId() == null ? "" : a.meta().caseId());
    pages.render(ctx, "factcheck", m);
  }

  /**
   * A rejected editor form: 400 with the form again, filled with what was sent (nothing typed is
   * lost) and the error naming the field.
   */
  private void redisplay(Context ctx, InvalidFieldException e, String action) {
    guard.user(ctx).role().require(org.factdesk.desk.Role.Permission.WRITE_DRAFTS);
    String lang = Pages.lang(ctx);
    Map<String, Object> editor = editorModel(desk, lang, null, null);
    editor.put("title", Forms.text(ctx, "title"));
    editor.put("summary", Forms.text(ctx, "summary"));
    editor.put("body", Forms.text(ctx, "body"));
    editor.put("claimReviewed", Forms.text(ctx, "claim_reviewed"));
    editor.put("appearances", Forms.text(ctx, "appearances"));
    editor.put("sources", Forms.text(ctx, "sources"));
    editor.put("featured", ctx.formParam("featured") != null);
    String verdict = Forms.text(ctx, "verdict");
    String category = Forms.text(ctx, "category");
    String articleLang = Forms.text(ctx, "article_lang");
    editor.put("verdicts", reselect(editor.get("verdicts"), verdict));
    editor.put("categories", reselect(editor.get("categories"), category));
    editor.put("langs", reselect(editor.get("langs"), articleLang));
    ctx.status(400);
    pages.render(ctx, "editor_retry", Map.of("editor", editor, "action", action, "error", e.getMessage(),
        "field", e.field()));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> reselect(Object options, String value) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> o : (List<Map<String, Object>>) options) {
      Map<String, Object> m = new HashMap<>(o);
      m.put("selected", o.get("value").equals(value));
      out.add(m);
    }
    return out;
  }

  /** A list row of an article. */
  static Map<String, Object> row(FactCheckService.Article a, String lang, Desk desk) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", a.meta().id());
    m.put("slug", a.meta().slug());
    m.put("title", a.latest().title());
    m.put("status", a.meta().status());
    m.put("statusLabel", Messages.get(lang, "fc_status_" + a.meta().status()));
    m.put("revision", a.latest().number());
    m.put("verdictCode", View.orEmpty(a.latest().verdictCode()));
    m.put("verdict", a.latest().verdictCode() == null ? ""
        : desk.scale().find(a.latest().verdictCode()).map(s -> s.label(lang)).orElse(a.latest().verdictCode()));
    m.put("updated", View.minute(a.meta().updatedAt()));
    m.put("published", a.published() != null);
    m.put("publishedRevision", a.published() == null ? "" : a.published().number());
    return m;
  }

  /** The editor form's values: an article's newest revision, or a new article for {@code claim}. */
  static Map<String, Object> editorModel(Desk desk, String lang, FactCheckService.Article a, String claim) {
    Draft d = a == null
        ? new Draft("", "", "", claim == null ? "" : claim, List.of(), null, List.of(), null, lang, false)
        : a.latest().draft(a.meta());
    Map<String, Object> m = new HashMap<>();
    m.put("title", d.title());
    m.put("summary", d.summary());
    m.put("body", d.bodyMarkdown());
    m.put("claimReviewed", d.claimReviewed());
    m.put("appearances", String.join("\n", d.appearances()));
    m.put("sources", SourceLines.format(d.sources()));
    m.put("featured", d.featured());
    List<Map<String, Object>> verdicts = new ArrayList<>();
    for (RatingScale.Step s : desk.scale().steps()) {
      verdicts.add(Map.of("value", s.code(), "label", s.label(lang), "selected", s.code().equals(d.verdictCode())));
    }
    m.put("verdicts", verdicts);
    List<Map<String, Object>> categories = new ArrayList<>();
    for (CategoryService.Category c : desk.categories().list()) {
      categories.add(Map.of("value", c.slug(), "label", c.name(lang), "selected", c.slug().equals(d.categorySlug())));
    }
    m.put("categories", categories);
    m.put("langs", View.options(List.of("vi", "en"), d.lang()));
    return m;
  }

  private static Draft draft(Context ctx) {
    List<String> appearances = Arrays.stream(Forms.text(ctx, "appearances").split("\\R"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    String verdict = Forms.text(ctx, "verdict").strip();
    String category = Forms.text(ctx, "category").strip();
    String lang = Forms.text(ctx, "article_lang").strip();
    return new Draft(Forms.text(ctx, "title"), Forms.text(ctx, "summary"), Forms.text(ctx, "body"),
        Forms.text(ctx, "claim_reviewed"), appearances, verdict.isEmpty() ? null : verdict,
        SourceLines.parse(Forms.text(ctx, "sources")), category.isEmpty() ? null : category,
        lang.isEmpty() ? "vi" : lang, ctx.formParam("featured") != null);
  }
}
