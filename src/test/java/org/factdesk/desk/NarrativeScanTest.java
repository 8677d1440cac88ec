package org.factdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.model.Engagement;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Post;
import org.factdesk.model.Rating;
import org.factdesk.pipeline.IndexOpener;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.store.Database;
import org.factdesk.store.PostStore;
import org.factdesk.store.StoredPost;
import org.factdesk.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A burst of copies of a claim already rated false raises one alert, stored once. */
class NarrativeScanTest {
  @TempDir Path dir;

  @Test
  void burstOfAFalseNarrativeIsStoredAsOneAlert() throws Exception {
    MatchingSettings settings = MatchingSettings.defaults();
    try (Database db = TestDatabases.fresh(dir.resolve("db"));
        FactCheckIndex index = IndexOpener.open(dir.resolve("data"), settings, false,
            new PrintStream(PrintStream.nullOutputStream()))) {
      index.upsert(List.of(new FactCheck("fc-false", "Nước chanh chữa ung thư", Rating.textual("False"), null, null,
          null, ItemReviewed.UNKNOWN, "vi", "Nước chanh", null)));
      index.commit();
      String claim = "Uống nước chanh nóng mỗi sáng chữa khỏi ung thư giai đoạn cuối, bác sĩ không muốn bạn biết điều này";
      List<StoredPost> posts = new ArrayList<>();
      List<PostStore.MatchRow> matches = new ArrayList<>();
      Instant day0 = Instant.parse("2026-02-01T05:00:00Z");
      long seq = 0;
      for (int d = 0; d < 7; d += 3) { // a quiet history: one copy every three days
        seq++;
        posts.add(post(seq, claim + " #" + seq, day0.plus(Duration.ofDays(d)), "Trang " + seq));
      }
      for (int i = 0; i < 8; i++) { // then eight copies on one day
        seq++;
        posts.add(post(seq, claim + " #" + seq, day0.plus(Duration.ofDays(8)).plus(Duration.ofMinutes(i)),
            i < 5 ? "Trang A" : "Trang B"));
      }
      for (StoredPost p : posts) {
        matches.add(new PostStore.MatchRow(p.seq(), 1, "fc-false", 9.0, 0.9, "confident"));
      }
      PostStore store = new PostStore(db);
      db.jdbi().useTransaction(h -> {
        store.insertPosts(h, posts, day0);
        store.insertMatches(h, matches);
      });
      Desk desk = Desk.open(db, dir, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC), index, settings);

      NarrativeScan.Result r = desk.narrativeScan().run();
      assertEquals(11, r.posts());
      assertEquals(1, r.narratives());
      assertEquals(1, r.linked());
      assertEquals(1, r.newAlerts());
      AlertService.StoredAlert a = desk.alerts().unacknowledged(5).get(0);
      assertEquals("n-000001", a.narrativeKey());
      assertEquals("False", a.verdict());
      assertEquals(8, a.postsInWindow());
      assertEquals("Trang A (5), Trang B (3)", a.topOutlets());
      assertEquals(0, desk.narrativeScan().run().newAlerts(), "a second scan stores nothing new");
    }
  }

  private static StoredPost post(long seq, String text, Instant at, String source) {
    return new StoredPost(seq, new Post("p" + seq, source, null, at, text, "vi", null, new Engagement(1, 0, 0)), null,
        "vi", null, null, null, "test", seq);
  }
}
