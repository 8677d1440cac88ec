package org.factdesk.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.web.api.FactCheckQuery;
import org.factdesk.web.api.PublishedFactChecks;
import org.factdesk.web.portal.PortalFixture.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal index as the API's/feeds' {@link PublishedFactChecks}: days in Asia/Ho_Chi_Minh, limits, filters. */
class PortalIndexTest {
  @TempDir Path dir;
  PortalFixture f;

  @BeforeEach
  void setUp() {
    f = new PortalFixture(dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  static List<String> slugs(List<PublishedFactCheck> list) {
    return list.stream().map(PublishedFactCheck::slug).toList();
  }

  @Test
  void datesAreVietnameseDaysAndLimitsAndFiltersHold() {
    f.publish(new Article("khuya", "Vắc xin khuya", "Vắc xin A").published("2026-02-15T23:30:00Z")); // 16/02 06:30 ICT
    f.publish(new Article("chieu", "Vắc xin chiều", "Vắc xin B").published("2026-02-15T16:59:00Z")); // 15/02 23:59 ICT
    f.publish(new Article("som", "Vắc xin sớm", "Vắc xin C").published("2026-02-14T17:00:00Z")); // 15/02 00:00 ICT
    f.publish(new Article("en", "Vaccine", "A vaccine claim").lang("en").category("y-te-cong-dong")
        .published("2026-02-20T09:00:00Z"));
    PublishedFactChecks api = f.portal().index();
    LocalDate d15 = LocalDate.parse("2026-02-15");
    LocalDate d16 = LocalDate.parse("2026-02-16");
    assertEquals(List.of("chieu", "som"), slugs(api.search(new FactCheckQuery(null, null, null, d15, d15, 10))));
    assertEquals(List.of("khuya"), slugs(api.search(new FactCheckQuery("vac xin", null, null, d16, d16, 10))));
    assertEquals(List.of("en", "khuya"), slugs(api.search(FactCheckQuery.latest(null, 2))));
    assertEquals(List.of("en"), slugs(api.search(FactCheckQuery.latest("y-te-cong-dong", 10))));
    assertEquals(List.of("en"), slugs(api.search(new FactCheckQuery(null, null, "en", null, null, 10))));
    assertEquals("khuya", api.bySlug("khuya").orElseThrow().slug());
  }

  @Test
  void aLimitIsFilledPastTheIndexPageSize() {
    for (int i = 0; i < 150; i++) {
      f.publish(new Article("bai-" + i, "Bài " + i, "Tuyên bố " + i)
          .published(java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(600L * i).toString()));
    }
    // 1 January ICT = 31 Dec 17:00 .. 1 Jan 17:00 UTC: bai-0 .. bai-101 (102 of them)
    List<PublishedFactCheck> all = f.portal().index().search(new FactCheckQuery(null, null, null,
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-01"), 100));
    assertEquals(100, all.size());
    assertEquals("bai-101", all.get(0).slug());
  }

  @Test
  void pollingPicksUpPublishingAndUnpublishingWithoutWiring() {
    f.publish(new Article("cu", "Bài cũ", "Tuyên bố cũ").published("2026-02-01T00:00:00Z"));
    PortalIndex index = f.portal().index();
    assertEquals(0, index.pollChanges(), "nothing changed since start-up");
    long id = f.publish(new Article("moi", "Bài mới", "Tuyên bố mới").published("2026-02-01T00:00:00Z")); // same instant
    assertEquals(1, index.pollChanges(), "a change at the newest instant already seen still counts");
    assertEquals("moi", index.bySlug("moi").orElseThrow().slug());
    assertEquals(0, index.pollChanges(), "not refreshed twice");
    f.db.jdbi().useHandle(h -> h.createUpdate("UPDATE fact_checks SET published_revision_id = NULL, status = 'draft', "
        + "updated_at = TIMESTAMP WITH TIME ZONE '2026-02-02 00:00:00+00' WHERE id = ?").bind(0, id).execute());
    assertEquals(1, index.pollChanges());
    assertEquals(java.util.Optional.empty(), index.bySlug("moi"));
    f.category("moi-them", "Mới thêm", "Newly added");
    index.pollChanges();
    assertEquals("Mới thêm", index.category("moi-them").orElseThrow().nameVi(), "categories re-read too");
  }
}
