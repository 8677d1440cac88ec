package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrowdTangleCsvReaderTest {
  /** The CrowdTangle historical-data export header, in export order. */
  static final List<String> HEADER =
      List.of("Page Name", "User Name", "Facebook Id", "Page Category", "Page Admin Top Country", "Page Description",
          "Page Created", "Likes at Posting", "Followers at Posting", "Post Created", "Post Created Date",
          "Post Created Time", "Type", "Total Interactions", "Likes", "Comments", "Shares", "Love", "Wow", "Haha", "Sad",
          "Angry", "Care", "Video Share Status", "Is Video Owner?", "Post Views", "Total Views",
          "Total Views For All Crossposts", "Video Length", "URL", "Message", "Link", "Final Link", "Image Text",
          "Link Text", "Description", "Sponsor Id", "Sponsor Name", "Sponsor Category", "Overperforming Score");

  static final String HANDLE = "BaoSucKhoeDoiSong";
  static final String URL_1 = "https://www.facebook.com/" + HANDLE + "/posts/3981234567890123";

  @TempDir Path dir;
  private final AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(new byte[32]);

  /** One CSV line in {@link #HEADER} order; unnamed columns empty. */
  static String row(Map<String, String> values) {
    List<String> cells = new ArrayList<>();
    for (String column : HEADER) {
      String v = values.getOrDefault(column, "");
      cells.add(v.matches(".*[,\"\\n].*") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return String.join(",", cells) + "\n";
  }

  static String page(Map<String, String> extra) {
    Map<String, String> m = new java.util.HashMap<>(Map.of(
        "Page Name", "Báo Sức khỏe & Đời sống", "User Name", HANDLE, "Facebook Id", "100044123456789",
        "Page Category", "NEWS_SITE", "Page Admin Top Country", "VN", "Page Created", "2012-05-14 09:30:11 ICT"));
    m.putAll(extra);
    return row(m);
  }

  /** Five rows: good, missing id, good (multi-line, no URL), missing text, good (bad date and count). */
  static String fixture() {
    return String.join(",", HEADER) + "\n"
        + page(Map.ofEntries(Map.entry("Post Created", "2021-03-01 10:15:00 ICT"), Map.entry("Type", "Link"),
            Map.entry("Likes", "120"), Map.entry("Comments", "45"), Map.entry("Shares", "67"), Map.entry("Love", "10"),
            Map.entry("Wow", "2"), Map.entry("Haha", "3"), Map.entry("Sad", "1"), Map.entry("Angry", "0"), Map.entry("Care", "4"),
            Map.entry("URL", URL_1), Map.entry("Message", "Uống nước chanh ấm mỗi sáng chữa khỏi COVID-19?"),
            Map.entry("Image Text", "NƯỚC CHANH"), Map.entry("Link Text", "Sự thật về nước chanh và COVID-19")))
        + row(Map.of("Page Name", "Trang Tin Tổng Hợp", "User Name", "trangtintonghop", "Post Created", "2021-03-01 11:00:00 ICT",
            "Message", "Tin nóng: vaccine có chứa chip theo dõi"))
        + page(Map.of("URL", "", "Post Created", "2021-03-02 08:00:00 +07:00", "Likes", "1,204", "Comments", "3",
            "Shares", "9", "Care", "6", "Message", "Bộ Y tế khuyến cáo:\n\"Không tự ý dùng thuốc\"", "Description",
            "Thông báo chính thức"))
        + page(Map.of("URL", "https://www.facebook.com/" + HANDLE + "/posts/3981234567890999", "Post Created",
            "2021-03-03 07:00:00 ICT", "Type", "Photo", "Image Text", "ẢNH"))
        + page(Map.of("URL", "https://www.facebook.com/" + HANDLE + "/posts/3981234567891000", "Post Created",
            "hôm qua", "Likes", "n/a", "Shares", "2", "Message", "Muối i-ốt không ngăn được phóng xạ."));
  }

  @Test
  void readsCrowdTanglePostsAroundBadRows() throws Exception {
    Path file = Fixtures.write(dir, "crowdtangle.csv", fixture());
    Fixtures.Result<Post> result = Fixtures.read(new CrowdTangleCsvReader(pseudonymiser), file);

    String key = pseudonymiser.pseudonymise(HANDLE);
    assertThat(result.records())
        .containsExactly(
            new Post(URL_1, "Báo Sức khỏe & Đời sống", URL_1, Instant.parse("2021-03-01T03:15:00Z"),
                "Uống nước chanh ấm mỗi sáng chữa khỏi COVID-19?\nSự thật về nước chanh và COVID-19\nNƯỚC CHANH", null, key,
                new Engagement(140, 67, 45)),
            new Post("100044123456789@2021-03-02 08:00:00 +07:00", "Báo Sức khỏe & Đời sống", null,
                Instant.parse("2021-03-02T01:00:00Z"), "Bộ Y tế khuyến cáo:\n\"Không tự ý dùng thuốc\"\nThông báo chính thức",
                null, key, new Engagement(1210, 9, 3)),
            new Post("https://www.facebook.com/" + HANDLE + "/posts/3981234567891000", "Báo Sức khỏe & Đời sống",
                "https://www.facebook.com/" + HANDLE + "/posts/3981234567891000", null, "Muối i-ốt không ngăn được phóng xạ.",
                null, key, new Engagement(0, 2, 0)));
    assertThat(key).hasSize(32).doesNotContainIgnoringCase(HANDLE);
    assertThat(result.stats()).isEqualTo(new ReadStats(5, 3, 2, 1));
    assertThat(result.quarantine().rejections())
        .extracting(Rejection::line, Rejection::field, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "URL", "missing id"),
            org.assertj.core.groups.Tuple.tuple(6L, "Message", "missing text"));
    assertThat(result.quarantine().rejections()).allSatisfy(r -> {
      assertThat(r.file()).isEqualTo(file.toString());
      assertThat(r.raw()).contains(AuthorRedaction.REDACTED).doesNotContainIgnoringCase(HANDLE)
          .doesNotContain("trangtintonghop");
    });
    assertThat(result.quarantine().warnings())
        .containsExactly(file + ":7: unparseable Post Created: \"hôm qua\"", file + ":7: unreadable Likes count: \"n/a\"");
  }

  @Test
  void parsesCommonPostCreatedForms() {
    Instant t = Instant.parse("2021-03-01T03:15:00Z");
    assertThat(CrowdTangleCsvReader.parseCreated("2021-03-01 10:15:00 ICT")).isEqualTo(t);
    assertThat(CrowdTangleCsvReader.parseCreated("2021-03-01 10:15:00 +07:00")).isEqualTo(t);
    assertThat(CrowdTangleCsvReader.parseCreated("2021-03-01 10:15:00 +0700")).isEqualTo(t);
    assertThat(CrowdTangleCsvReader.parseCreated("2021-03-01T10:15:00+07:00")).isEqualTo(t);
    assertThat(CrowdTangleCsvReader.parseCreated("2021-02-28 22:15:00 EST")).isEqualTo(t);
    assertThat(CrowdTangleCsvReader.parseCreated("2021-03-01 03:15:00")).isEqualTo(t);
    assertThat(CrowdTangleCsvReader.parseCreated("01/03/2021 lúc 10:15")).isNull();
  }

  @Test
  void wrongColumnCountIsRejectedAndOthersKept() throws Exception {
    String text = String.join(",", HEADER) + "\n"
        + page(Map.of("URL", URL_1, "Message", "Một"))
        + "Trang lỗi," + HANDLE + ",1\n"
        + page(Map.of("URL", URL_1 + "2", "Message", "Hai"));
    Fixtures.Result<Post> result = Fixtures.read(new CrowdTangleCsvReader(pseudonymiser), Fixtures.write(dir, "ct.csv", text));
    assertThat(result.records()).extracting(Post::text).containsExactly("Một", "Hai");
    assertThat(result.quarantine().rejections()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(3);
      assertThat(r.reason()).isEqualTo("expected 40 columns, got 3");
      assertThat(r.raw()).isEqualTo("Trang lỗi,[author redacted],[author redacted]");
    });
  }

  @Test
  void otherCsvLayoutsAreRefused() throws Exception {
    Path file = Fixtures.write(dir, "generic.csv", "id,text\n1,x\n");
    assertThatThrownBy(() -> Fixtures.read(new CrowdTangleCsvReader(pseudonymiser), file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": not a CrowdTangle export (needs columns [Page Name, Post Created, Message]); found columns: [id, text]");
  }
}
