package org.factdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.publish.SourceLink;
import org.factdesk.store.Database;
import org.factdesk.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review → publish workflow on a real database (H2, or PostgreSQL with FACTDESK_TEST_PG_URL). */
class FactCheckServiceTest {
  @TempDir Path dir;
  Database db;
  Desk desk;
  Actor editor;
  Actor reviewer;
  Actor viewer;

  @BeforeEach
  void setUp() {
    db = TestDatabases.fresh(dir);
    desk = Desk.open(db, dir, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
    editor = desk.users().create(Actor.system(), "ed", "password-123", Role.EDITOR).actor();
    reviewer = desk.users().create(Actor.system(), "rev", "password-123", Role.REVIEWER).actor();
    viewer = desk.users().create(Actor.system(), "view", "password-123", Role.VIEWER).actor();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  static Draft draft(String title, String verdict) {
    return new Draft(title, "Tóm tắt.", "**Không.** Xem nguồn.", "Nước chanh chữa ung thư",
        List.of("https://example.org/post/1"), verdict,
        List.of(new SourceLink("WHO", "https://www.who.int/")), "suc-khoe", "vi", true);
  }

  @Test
  void draftReviewPublishAndRepublishMakeRevisions() {
    CaseService.Case c = desk.cases().open(editor, "Nước chanh chữa ung thư", null, null);
    FactCheckService.Article a = desk.factChecks().create(editor, c.id(), draft("Uống nước chanh chữa ung thư?", null));
    assertEquals("uong-nuoc-chanh-chua-ung-thu", a.meta().slug());
    assertEquals("draft", a.meta().status());
    assertEquals("in_progress", desk.cases().find(c.id()).orElseThrow().status());
    long id = a.meta().id();

    InvalidFieldException noVerdict = assertThrows(InvalidFieldException.class, () -> desk.factChecks().submit(editor, id));
    assertEquals("verdict", noVerdict.field());
    desk.factChecks().save(editor, id, draft("Uống nước chanh chữa ung thư?", "false"));
    desk.factChecks().submit(editor, id);
    assertEquals("in_review", desk.cases().find(c.id()).orElseThrow().status());
    assertThrows(ForbiddenException.class, () -> desk.factChecks().approveAndPublish(viewer, id));
    assertEquals(1, desk.factChecks().approveAndPublish(reviewer, id));

    FactCheckService.Article published = desk.factChecks().find(id).orElseThrow();
    assertEquals("published", published.meta().status());
    assertEquals("published", desk.cases().find(c.id()).orElseThrow().status());
    assertEquals("rev", published.published().reviewedBy());

    // editing a published article starts revision 2; the public site keeps revision 1 until it is published
    desk.factChecks().save(editor, id, draft("Uống nước chanh chữa ung thư? (cập nhật)", "false"));
    FactCheckService.Article edited = desk.factChecks().find(id).orElseThrow();
    assertEquals(2, edited.latest().number());
    assertNull(edited.latest().publishedAt());
    assertEquals(1, edited.published().number());
    assertEquals("Uống nước chanh chữa ung thư?", desk.factChecks().publishedBySlug(edited.meta().slug())
        .orElseThrow().revision().title());
    desk.factChecks().submit(editor, id);
    assertEquals(2, desk.factChecks().approveAndPublish(editor, id));
    assertEquals(2, desk.factChecks().revisions(id).size());

    PublishedFactCheck p = new PublishedReader(desk.db(), "https://desk.example.org/", "factdesk", null).byId(id)
        .orElseThrow();
    assertEquals("https://desk.example.org/fact-checks/uong-nuoc-chanh-chua-ung-thu", p.url());
    assertEquals("Sai", p.verdict().label());
    assertEquals(1, p.verdict().ratingValue());
    assertEquals(2, p.revision());
    assertEquals("suc-khoe", p.category());
    assertTrue(p.featured());
    assertEquals(List.of(new SourceLink("WHO", "https://www.who.int/")), p.sources());

    assertEquals(2, desk.audit().count("factcheck.publish"));
    assertEquals(2, desk.audit().count("factcheck.submit"));
  }

  @Test
  void viewerAndReviewerCannotWriteDrafts() {
    assertThrows(ForbiddenException.class, () -> desk.factChecks().create(viewer, null, draft("T", null)));
    assertThrows(ForbiddenException.class, () -> desk.factChecks().create(reviewer, null, draft("T", null)));
    assertThrows(ForbiddenException.class, () -> desk.cases().open(viewer, "claim", null, null));
    assertEquals(0, desk.audit().count("factcheck.create"));
  }

  @Test
  void badFieldsAreNamed() {
    assertEquals("title", assertThrows(InvalidFieldException.class,
        () -> desk.factChecks().create(editor, null, draft(" ", null))).field());
    assertEquals("verdict", assertThrows(InvalidFieldException.class,
        () -> desk.factChecks().create(editor, null, draft("T", "maybe"))).field());
    assertEquals("sources", assertThrows(InvalidFieldException.class,
        () -> SourceLines.parse("ok | https://a.example\nbad | javascript:alert(1)")).field());
  }

  @Test
  void slugsAreUnique() {
    String a = desk.factChecks().create(editor, null, draft("Đường cát", null)).meta().slug();
    String b = desk.factChecks().create(editor, null, draft("Đường cát", null)).meta().slug();
    assertEquals("duong-cat", a);
    assertEquals("duong-cat-2", b);
  }
}
