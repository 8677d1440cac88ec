package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdesk.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk ingest} in-process: counts, dedupe, quarantine, re-import, matching, locking. */
class IngestCommandTest {
  @TempDir Path tmp;
  Path data;
  Path posts;

  static final String POSTS = String.join("\n",
      "{\"id\":\"a1\",\"text\":\"Uống nước chanh nóng chữa khỏi COVID-19 trong 3 ngày, bác sĩ xác nhận\","
          + "\"url\":\"https://example.vn/p/1?utm_source=fb&fbclid=X\",\"source\":\"Trang tin A\",\"author\":\"@nguyen_real_handle\"}",
      "{\"id\":\"a2\",\"text\":\"5G towers spread the coronavirus, scientists finally admit it\","
          + "\"url\":\"https://example.org/p/2\",\"source\":\"News page B\",\"author\":\"@john_secret\"}",
      "{\"id\":\"a3\",\"text\": broken, \"author\":\"@hidden_bad\"}",
      "{\"id\":\"a4\",\"text\":\"Một bài khác nhưng cùng đường dẫn với bài đầu tiên của trang\","
          + "\"url\":\"https://www.example.vn/p/1#top\",\"source\":\"Trang tin A\"}",
      "{\"id\":\"a5\",\"text\":\"5G  towers spread the CORONAVIRUS, scientists finally admit it\","
          + "\"url\":\"https://example.org/c/5\",\"source\":\"News page C\",\"author\":\"@other_person\"}",
      "{\"id\":\"a6\",\"text\":\"Uống nước chanh nóng chữa khỏi COVID-19 trong 3 ngày, bác sĩ xác nhận 👇👇 https://bit.ly/x\","
          + "\"url\":\"https://d.vn/6\",\"source\":\"Trang tin D\"}",
      "{\"id\":\"a7\",\"text\":\"Ok\"}",
      "{\"id\":\"a8\",\"text\":\"Ok\"}",
      "{\"id\":\"\",\"text\":\"missing id\"}",
      "");

  @BeforeEach
  void fixtures() throws Exception {
    data = tmp.resolve("data");
    posts = tmp.resolve("posts.jsonl");
    Files.writeString(posts, POSTS, StandardCharsets.UTF_8);
  }

  private CliRun ingest(String... paths) {
    List<String> args = new java.util.ArrayList<>(List.of("ingest", "--data-dir", data.toString(), "--threads", "2"));
    args.addAll(List.of(paths));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void countsDuplicatesNearDuplicatesAndRejectionsThenReimportAddsNothing() throws Exception {
    CliRun first = ingest(posts.toString());
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(first.out()).contains("ingest: read=9 stored=5 duplicate=2 rejected=2 (near-duplicates linked=1,");
    assertThat(first.err()).contains("posts.jsonl:3: invalid JSON").contains("posts.jsonl:9: id: missing id");
    List<String> quarantine = Files.readAllLines(data.resolve("quarantine.jsonl"));
    assertThat(quarantine).hasSize(2);
    assertThat(quarantine.get(0)).contains("\"line\":3").contains(posts.toString()).doesNotContain("hidden_bad");

    try (Database db = Database.open(Database.embeddedUrl(data))) {
      var rows = db.jdbi().withHandle(h -> h.createQuery(
              "SELECT post_id, canonical_url, duplicate_of FROM posts ORDER BY seq").mapToMap().list());
      assertThat(rows).extracting(r -> r.get("post_id")).containsExactly("a1", "a2", "a6", "a7", "a8");
      assertThat(rows.get(0).get("canonical_url")).isEqualTo("https://example.vn/p/1");
      assertThat(rows.get(2).get("duplicate_of")).isEqualTo(1L); // the chain copy points at a1
      assertThat(rows.get(1).get("duplicate_of")).isNull();
      var sightings = db.jdbi().withHandle(h -> h.createQuery(
              "SELECT post_id, post_seq, source FROM post_sightings ORDER BY id").mapToMap().list());
      assertThat(sightings).containsExactly(
          Map.of("post_id", "a4", "post_seq", 1L, "source", "Trang tin A"),
          Map.of("post_id", "a5", "post_seq", 2L, "source", "News page C"));
    }

    CliRun again = ingest(posts.toString());
    assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
    assertThat(again.out()).contains("ingest: read=0 stored=0 duplicate=0 rejected=0").contains("unchanged inputs skipped=1");

    Path copy = tmp.resolve("copy-of-posts.jsonl");
    Files.copy(posts, copy);
    CliRun copied = ingest(copy.toString());
    assertThat(copied.out()).contains("ingest: read=9 stored=0 duplicate=7 rejected=2");
    try (Database db = Database.open(Database.embeddedUrl(data))) {
      long stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Long.class).one());
      long seen = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post_sightings").mapTo(Long.class).one());
      assertThat(stored).isEqualTo(5);
      assertThat(seen).isEqualTo(2);
    }
  }

  @Test
  void factCheckInputsAreIndexedFirstAndNewPostsMatchedAgainstThem() throws Exception {
    Path fc = tmp.resolve("vclaims.jsonl");
    Files.writeString(fc, String.join("\n",
        "{\"vclaim_id\": \"vclaim-1\", \"vclaim\": \"Drinking bleach cures COVID-19.\", \"title\": \"Does Bleach Cure COVID?\"}",
        "{\"vclaim_id\": \"vclaim-2\", \"vclaim\": \"5G towers spread the coronavirus.\", \"title\": \"Do 5G Towers Spread Coronavirus?\"}",
        "{\"vclaim_id\": \"vclaim-3\", \"vclaim\": \"Lemon water cures COVID-19 in 3 days.\", \"title\": \"Lemon and COVID\"}",
        ""), StandardCharsets.UTF_8);
    CliRun r = ingest(posts.toString(), fc.toString());
    assertThat(r.err()).contains("vclaims.jsonl: 3 fact-checks indexed");
    assertThat(r.out()).contains("fact-checks=3");
    try (Database db = Database.open(Database.embeddedUrl(data))) {
      String top = db.jdbi().withHandle(h -> h.createQuery(
              "SELECT m.fact_check_id FROM post_matches m JOIN posts p ON p.seq = m.post_seq "
                  + "WHERE p.post_id = 'a2' AND m.rank = 1").mapTo(String.class).one());
      assertThat(top).isEqualTo("vclaim-2");
    }
  }

  @Test
  void directoriesAndGlobsAreExpandedAndMissingPathsAreNamed() throws Exception {
    Path dir = tmp.resolve("exports/2026/11");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("day1.jsonl"), "{\"id\":\"d1\",\"text\":\"Bộ Y tế công bố 120 ca mắc mới trong ngày hôm nay\"}\n");
    Files.writeString(dir.resolve("day2.jsonl"), "{\"id\":\"d2\",\"text\":\"Giá xăng tăng 500 đồng mỗi lít từ 15 giờ chiều nay\"}\n");
    Files.writeString(dir.resolve(".hidden.jsonl"), "{\"id\":\"h\",\"text\":\"should not be read at all by the ingest job\"}\n");
    CliRun r = ingest(tmp.resolve("exports").toString());
    assertThat(r.out()).as(r.err()).contains("read=2 stored=2");
    Files.writeString(dir.resolve("day3.jsonl"), "{\"id\":\"d3\",\"text\":\"Hà Nội mưa lớn, 30 tuyến phố ngập sâu chiều nay\"}\n");
    CliRun glob = ingest(tmp.resolve("exports").toString() + "/**/day*.jsonl");
    assertThat(glob.out()).as(glob.err()).contains("read=1 stored=1").contains("unchanged inputs skipped=2");
    CliRun missing = ingest(tmp.resolve("nope/*.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).contains("nope/*.csv");
  }

  @Test
  void cp1258FilesAreReadWhenSelected() throws Exception {
    Path csv = tmp.resolve("legacy.csv");
    // as legacy Vietnamese files store it: base letters precomposed, tone marks combining
    String text = "Ha\u0300 Nô\u0323i co\u0301 120 ca mă\u0301c mơ\u0301i";
    Files.write(csv, ("id,text\nv1," + text + "\n").getBytes(java.nio.charset.Charset.forName("windows-1258")));
    CliRun r = ingest("--encoding", "cp1258", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    try (Database db = Database.open(Database.embeddedUrl(data))) {
      String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT text FROM posts").mapTo(String.class).one());
      assertThat(stored).isEqualTo("Hà Nội có 120 ca mắc mới");
    }
  }

  @Test
  void aDataDirectoryInUseIsRefused() throws Exception {
    // in-process the H2 file is shared, so hold the posts index lock as a running import does
    // (a second process is refused by H2's file lock too: IngestResumeTest)
    try (var held = org.factdesk.index.lucene.PostIndex.open(data.resolve("posts-index"))) {
      CliRun r = ingest(posts.toString());
      assertThat(r.exitCode()).isEqualTo(ExitCodes.UNEXPECTED_STATE);
      assertThat(r.err()).contains("in use by another factdesk process");
    }
  }

  @Test
  void helpDocumentsTheGuarantees() {
    CliRun r = CliRun.of("ingest", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--sources").contains("--watch").contains("--encoding").contains("--db-url")
        .contains("quarantine").contains("checkpoint").contains("HMAC");
  }
}
