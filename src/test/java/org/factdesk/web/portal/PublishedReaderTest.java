package org.factdesk.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.desk.PublishedReader;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.publish.SourceLink;
import org.factdesk.publish.Verdict;
import org.factdesk.web.portal.PortalFixture.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedReaderTest {
  @TempDir Path dir;
  PortalFixture f;
  PublishedReader reader;

  @BeforeEach
  void setUp() {
    f = new PortalFixture(dir);
    reader = new PublishedReader(f.db, "https://kiemchung.example.org/", "factdesk", "https://kiemchung.example.org");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void mapsThePublishedRevisionToTheReadModel() {
    long id = f.publish(new Article("vx", "Vắc xin gây vô sinh?", "Vắc xin gây vô sinh").category("y-te-cong-dong")
        .verdict("misleading").featured().summary("Tóm tắt").body("Nội dung")
        .appearances("[\"https://facebook.com/page/posts/1\"]")
        .sources("[{\"title\": \"Bộ Y tế\", \"url\": \"https://moh.gov.vn\"}, {\"title\": \"Phỏng vấn\"}, "
            + "{\"url\": \"https://who.int\"}]")
        .published("2026-02-01T09:00:00Z"));
    f.revise(id, 2, new Article("vx", "Bản sửa", "Vắc xin gây vô sinh").verdict("false"),
        Instant.parse("2026-02-03T10:00:00Z"));
    f.revise(id, 3, new Article("vx", "Bản nháp", "nháp"), null);
    PublishedFactCheck p = reader.byId(id).orElseThrow();
    assertEquals("Bản sửa", p.title());
    assertEquals(2, p.revision());
    assertEquals("https://kiemchung.example.org/fact-checks/vx", p.url());
    assertEquals(new Verdict("false", "Sai", 1, 1, 5), p.verdict());
    assertEquals(Instant.parse("2026-02-01T09:00:00Z"), p.datePublished());
    assertEquals(Instant.parse("2026-02-03T10:00:00Z"), p.dateModified());
    assertEquals("y-te-cong-dong", p.category());
    assertTrue(p.featured());
    assertEquals("factdesk", p.authorName());
    assertEquals(List.of(p), reader.all());

    long en = f.publish(new Article("en", "English", "A claim").lang("en").verdict("mostly-true")
        .appearances("[\"https://example.com/a\"]")
        .sources("[{\"title\": \"Bộ Y tế\", \"url\": \"https://moh.gov.vn\"}, {\"title\": \"Phỏng vấn\"}, "
            + "{\"url\": \"https://who.int\"}]")
        .published("2026-02-05T09:00:00Z"));
    PublishedFactCheck e = reader.byId(en).orElseThrow();
    assertEquals(new Verdict("mostly-true", "Mostly true", 4, 1, 5), e.verdict(), "labelled in the article's language");
    assertEquals(List.of("https://example.com/a"), e.claimAppearances());
    assertEquals(List.of(new SourceLink("Bộ Y tế", "https://moh.gov.vn"), new SourceLink("Phỏng vấn", null),
        new SourceLink("https://who.int", "https://who.int")), e.sources());
    assertEquals(List.of("en", "vx"), reader.all().stream().map(PublishedFactCheck::slug).toList(), "newest first");
  }

  @Test
  void theClaimOriginIsTheOutletOfTheCasePost() {
    long id = f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại"));
    f.db.jdbi().useHandle(h -> {
      long post = h.createUpdate("INSERT INTO posts (post_id, source, published_at, text, origin, origin_record, "
              + "ingested_at) VALUES ('p1', 'Báo Mẫu', TIMESTAMP WITH TIME ZONE '2026-01-20 23:30:00+00', 'text', "
              + "'test', 1, CURRENT_TIMESTAMP)")
          .executeAndReturnGeneratedKeys("seq").mapTo(Long.class).one();
      long kase = h.createUpdate("INSERT INTO cases (claim_text, post_seq, status, created_at, updated_at) "
              + "VALUES ('claim', ?, 'published', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
          .bind(0, post).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      h.createUpdate("UPDATE fact_checks SET case_id = ? WHERE id = ?").bind(0, kase).bind(1, id).execute();
    });
    PublishedFactCheck p = reader.byId(id).orElseThrow();
    assertEquals("Báo Mẫu", p.claimOrigin());
    assertEquals(LocalDate.parse("2026-01-20"), p.claimFirstSeen());
  }

  @Test
  void draftsAndUnknownIdsAreNotPublished() {
    assertTrue(reader.byId(42).isEmpty());
    assertEquals(List.of(), reader.all());
    // the fixture's two categories (migrations may seed others)
    assertEquals(List.of(new PublishedReader.Category("gia-ca-thi-truong", "Giá cả thị trường", "Market prices", 0),
        new PublishedReader.Category("y-te-cong-dong", "Y tế cộng đồng", "Public health", 0)), mine());
    f.publish(new Article("vx", "Vắc xin", "Vắc xin gây hại").category("y-te-cong-dong"));
    assertEquals(1, mine().get(1).published());
  }

  private List<PublishedReader.Category> mine() {
    return reader.categories().stream()
        .filter(c -> c.slug().equals("gia-ca-thi-truong") || c.slug().equals("y-te-cong-dong")).toList();
  }
}
