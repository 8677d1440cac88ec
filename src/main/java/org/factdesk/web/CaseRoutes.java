package org.factdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.desk.CaseService;
import org.factdesk.desk.Desk;
import org.factdesk.desk.EvidenceService;
import org.factdesk.desk.FactCheckService;
import org.factdesk.desk.InvalidFieldException;
import org.factdesk.desk.NotFoundException;
import org.factdesk.desk.User;

/**
 * Case pages (behind {@link DeskGuard}; writes need the editor role, checked by the services):
 *
 * <ul>
 *   <li>{@code GET /desk/cases?status=} — list; {@code POST /desk/cases} — open one ({@code claim_text},
 *       optional {@code post_seq}, {@code narrative_key}) → 302 to its page;
 *   <li>{@code GET /desk/cases/{id}} — claim, status, evidence, its fact-checks, "write the fact-check";
 *   <li>{@code POST /desk/cases/{id}/status} ({@code status}), {@code /assign} ({@code assignee_id});
 *   <li>{@code POST /desk/cases/{id}/evidence} ({@code url}, {@code note}) and
 *       {@code /evidence/file} (multipart {@code file}, {@code note}; at most the configured upload size);
 *   <li>{@code GET /desk/evidence/{caseId}/{id}/file} — the stored file, always as an attachment of type
 *       {@code application/octet-stream} (never rendered inline).
 * </ul>
 */
public final class CaseRoutes {
  private final Desk desk;
  private final Pages pages;
  private final DeskGuard guard;
  private final WebConfig config;

  public CaseRoutes(Desk desk, Pages pages, DeskGuard guard, WebConfig config) {
    this.desk = desk;
    this.pages = pages;
    this.guard = guard;
    this.config = config;
  }

  /** Registers the routes. */
  public void register(Javalin app) {
    app.get("/desk/cases", this::list);
    app.post("/desk/cases", this::open);
    app.get("/desk/cases/{id}", this::page);
    app.post("/desk/cases/{id}/status", ctx -> {
      long id = Forms.id(ctx, "id");
      desk.cases().setStatus(guard.user(ctx).actor(), id, Forms.required(ctx, "status"));
      ctx.redirect("/desk/cases/" + id);
    });
    app.post("/desk/cases/{id}/assign", ctx -> {
      long id = Forms.id(ctx, "id");
      desk.cases().assign(guard.user(ctx).actor(), id, Forms.optionalLong(ctx, "assignee_id"));
      ctx.redirect("/desk/cases/" + id);
    });
    app.post("/desk/cases/{id}/evidence", ctx -> {
      long id = Forms.id(ctx, "id");
      desk.evidence().addLink(guard.user(ctx).actor(), id, Forms.text(ctx, "url"), Forms.text(ctx, "note"));
      ctx.redirect("/desk/cases/" + id);
    });
    app.post("/desk/cases/{id}/evidence/file", this::upload);
    app.get("/desk/evidence/{caseId}/{id}/file", this::download);
  }

  private void list(Context ctx) {
    String status = Forms.query(ctx, "status");
    if (status != null && !CaseService.STATUSES.contains(status)) {
      throw new InvalidFieldException("status", "one of " + CaseService.STATUSES);
    }
    String lang = Pages.lang(ctx);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CaseService.Case c : desk.cases().list(status, 200)) {
      rows.add(View.caseRow(c, lang));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("cases", rows);
    m.put("hasCases", !rows.isEmpty());
    m.put("statuses", statusOptions(lang, status));
    pages.render(ctx, "cases", m);
  }

  private void open(Context ctx) {
    User u = guard.user(ctx);
    CaseService.Case c = desk.cases().open(u.actor(), Forms.text(ctx, "claim_text"), Forms.optionalLong(ctx, "post_seq"),
        Forms.text(ctx, "narrative_key"));
    ctx.redirect("/desk/cases/" + c.id());
  }

  private void page(Context ctx) {
    long id = Forms.id(ctx, "id");
    CaseService.Case c = desk.cases().find(id).orElseThrow(() -> new NotFoundException("no case " + id));
    String lang = Pages.lang(ctx);
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (EvidenceService.Evidence e : desk.evidence().list(id)) {
      Map<String, Object> m = new HashMap<>();
      m.put("id", e.id());
      m.put("url", View.safeUrl(e.url()));
      m.put("note", View.orEmpty(e.note()));
      m.put("hasFile", e.fileName() != null);
      m.put("fileName", View.orEmpty(e.fileName()));
      m.put("bytes", e.bytes() == null ? "" : e.bytes());
      m.put("sha256", View.orEmpty(e.sha256()));
      m.put("by", View.orEmpty(e.addedBy()));
      m.put("at", View.minute(e.addedAt()));
      evidence.add(m);
    }
    List<Map<String, Object>> articles = new ArrayList<>();
    for (FactCheckService.Article a : desk.factChecks().forCase(id)) {
      articles.add(FactCheckRoutes.row(a, lang, desk));
    }
    List<Map<String, Object>> assignees = new ArrayList<>();
    for (User u : desk.users().list()) {
      if (!u.disabled()) {
        assignees.add(Map.of("id", u.id(), "name", u.username(), "selected", Long.valueOf(u.id()).equals(c.assigneeId())));
      }
    }
    Map<String, Object> m = new HashMap<>();
    m.put("case", View.caseRow(c, lang));
    m.put("claimText", c.claimText());
    m.put("narrative", View.orEmpty(c.narrativeKey()));
    m.put("created", View.minute(c.createdAt()));
    m.put("statuses", statusOptions(lang, c.status()));
    m.put("assignees", assignees);
    m.put("evidence", evidence);
    m.put("hasEvidence", !evidence.isEmpty());
    m.put("articles", articles);
    m.put("hasArticles", !articles.isEmpty());
    m.put("editor", FactCheckRoutes.editorModel(desk, lang, null, c.claimText()));
    m.put("maxUploadMiB", config.maxUploadBytes() / (1024 * 1024));
    pages.render(ctx, "case", m);
  }

  private void upload(Context ctx) throws IOException {
    long id = Forms.id(ctx, "id");
    User u = guard.user(ctx);
    UploadedFile f;
    try {
      f = ctx.uploadedFile("file");
    } catch (RuntimeException tooLarge) {
      throw new InvalidFieldException("file", "larger than " + config.maxUploadBytes() + " bytes");
    }
    if (f == null) {
      throw new InvalidFieldException("file", "choose a file");
    }
    try (InputStream in = f.content()) {
      desk.evidence().addFile(u.actor(), id, f.filename(), f.contentType(), in, config.maxUploadBytes(),
          Forms.text(ctx, "note"));
    }
    ctx.redirect("/desk/cases/" + id);
  }

  private void download(Context ctx) throws IOException {
    long caseId = Forms.id(ctx, "caseId");
    long id = Forms.id(ctx, "id");
    EvidenceService.Evidence e = desk.evidence().list(caseId).stream().filter(x -> x.id() == id).findFirst()
        .orElseThrow(() -> new NotFoundException("no evidence " + id + " in case " + caseId));
    Path p = desk.evidence().file(e).orElseThrow(() -> new NotFoundException("evidence " + id + " has no stored file"));
    String ascii = e.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + java.net.URLEncoder.encode(e.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.contentType("application/octet-stream");
    ctx.result(Files.newInputStream(p));
  }

  private static List<Map<String, Object>> statusOptions(String lang, String selected) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String s : CaseService.STATUSES) {
      out.add(Map.of("value", s, "label", Messages.get(lang, "case_status_" + s), "selected", s.equals(selected)));
    }
    return out;
  }
}
