package org.factdesk.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small published fact-checks for tests of every public surface. */
public final class PublishedFixtures {
  private PublishedFixtures() {}

  /** "Sai" on the 1–5 scale. */
  public static final Verdict FALSE_VI = new Verdict("false", "Sai", 1, 1, 5);
  /** "Misleading" on the 1–5 scale. */
  public static final Verdict MISLEADING_EN = new Verdict("misleading", "Misleading", 2, 1, 5);

  /** A Vietnamese fact-check with appearances, an origin outlet, sources and a first-seen date. */
  public static PublishedFactCheck vaccine() {
    return new PublishedFactCheck(1, "vac-xin-gay-vo-sinh", "https://desk.example/fact-checks/vac-xin-gay-vo-sinh", "vi",
        "suc-khoe", "Vắc-xin COVID-19 không gây vô sinh", "Không có bằng chứng nào cho thấy vắc-xin gây vô sinh.",
        "## Kết luận\n\nTuyên bố **sai**.", "Vắc-xin COVID-19 gây vô sinh ở phụ nữ",
        List.of("https://social.example/page/123", "https://news.example/a/9"), LocalDate.of(2026, 3, 2),
        "Trang tin Sức khoẻ 24h", FALSE_VI, List.of(new SourceLink("Bộ Y tế", "https://moh.example/tb")), "factdesk",
        "https://desk.example/", Instant.parse("2026-03-05T02:30:00Z"), Instant.parse("2026-03-06T08:00:00Z"), true, 2);
  }

  /** An English fact-check with markup characters in every text field and nothing optional. */
  public static PublishedFactCheck tricky() {
    return new PublishedFactCheck(2, "five-g-towers", "https://desk.example/fact-checks/five-g-towers", "en", "cong-nghe",
        "5G <towers> & \"the virus\"", "Rated <b>misleading</b> & more", "", "5G towers spread </script><script>alert(1)</script>",
        List.of(), null, null, MISLEADING_EN, List.of(), "factdesk", null, Instant.parse("2026-03-04T10:00:00Z"), null,
        false, 1);
  }

  /** A minimal fact-check with the given id, slug, category and publication instant. */
  public static PublishedFactCheck of(long id, String slug, String category, Instant published) {
    return new PublishedFactCheck(id, slug, "https://desk.example/fact-checks/" + slug, "vi", category,
        "Tiêu đề " + slug, "Tóm tắt " + slug, "", "Tuyên bố " + slug, List.of(), null, null, FALSE_VI, List.of(),
        "factdesk", "https://desk.example/", published, published, false, 1);
  }
}
