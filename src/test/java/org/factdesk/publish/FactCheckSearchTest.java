package org.factdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactCheckSearchTest {
  private final FactCheckSearch search = new FactCheckSearch();

  static PublishedFactCheck fc(long id, String slug, String lang, String category, String title, String claim,
      String day) {
    Instant at = Instant.parse(day + "T08:00:00Z");
    return new PublishedFactCheck(id, slug, "https://desk.example/fact-checks/" + slug, lang, category, title,
        "", "", claim, List.of(), null, null, new Verdict("false", lang.equals("vi") ? "Sai" : "False", 1, 1, 5),
        List.of(), "factdesk", null, at, at, false, 1);
  }

  @BeforeEach
  void fill() {
    search.replaceAll(List.of(
        fc(1, "vac-xin-gay-vo-sinh", "vi", "suc-khoe", "Vắc xin COVID-19 không gây vô sinh",
            "Tiêm vắc xin COVID-19 gây vô sinh ở phụ nữ", "2026-03-02"),
        fc(2, "duong-cao-toc", "vi", "giao-thong", "Đường cao tốc Bắc – Nam chưa bị đóng cửa",
            "Đường cao tốc Bắc – Nam bị đóng cửa vĩnh viễn", "2026-04-10"),
        fc(3, "ong-duong-nuoc-ngot", "vi", "suc-khoe", "Ông Dương không nói nước ngọt chữa ung thư",
            "Nước ngọt có ga chữa được ung thư", "2026-05-01"),
        fc(4, "vaccines-autism", "en", "health", "Vaccines do not cause autism",
            "The MMR vaccine causes autism in children", "2026-01-15")));
  }

  @AfterEach
  void close() throws Exception {
    search.close();
  }

  private List<Long> ids(FactCheckSearch.Query q) {
    return search.search(q).items().stream().map(PublishedFactCheck::id).toList();
  }

  @Test
  void queryWithoutDiacriticsFindsVietnameseFactCheck() {
    assertThat(ids(FactCheckSearch.Query.text("vac xin vo sinh", 10))).first().isEqualTo(1L);
    assertThat(ids(FactCheckSearch.Query.text("vắc xin", 10))).containsExactly(1L);
  }

  @Test
  void diacriticsInTheQueryRankExactHitsFirst() {
    assertThat(ids(FactCheckSearch.Query.text("đường", 10))).containsExactly(2L, 3L);
    assertThat(ids(FactCheckSearch.Query.text("Dương", 10))).containsExactly(3L, 2L);
  }

  @Test
  void englishQueriesAreStemmed() {
    assertThat(ids(FactCheckSearch.Query.text("vaccine causing autism", 10))).first().isEqualTo(4L);
  }

  @Test
  void filtersByCategoryLanguageAndDateRange() {
    assertThat(ids(new FactCheckSearch.Query(null, "suc-khoe", null, null, null, 0, 10))).containsExactly(3L, 1L);
    assertThat(ids(new FactCheckSearch.Query(null, null, "en", null, null, 0, 10))).containsExactly(4L);
    assertThat(ids(new FactCheckSearch.Query(null, null, null, LocalDate.parse("2026-03-02"),
        LocalDate.parse("2026-04-10"), 0, 10))).containsExactly(2L, 1L);
    assertThat(ids(new FactCheckSearch.Query("ung thu", "giao-thong", null, null, null, 0, 10))).isEmpty();
  }

  @Test
  void emptyQueryListsNewestFirstWithPaging() {
    FactCheckSearch.Page page = search.search(new FactCheckSearch.Query(" ", null, null, null, null, 1, 2));
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(PublishedFactCheck::id).containsExactly(2L, 1L);
  }

  @Test
  void punctuationOnlyFindsNothing() {
    assertThat(search.search(FactCheckSearch.Query.text("?!…", 10)).total()).isZero();
  }

  @Test
  void upsertReplacesAndRemoveDeletes() {
    search.upsert(fc(4, "vaccines-autism", "en", "health", "Measles vaccines are safe", "MMR is unsafe", "2026-06-01"));
    assertThat(search.size()).isEqualTo(4);
    assertThat(ids(FactCheckSearch.Query.text("autism", 10))).isEmpty();
    assertThat(ids(FactCheckSearch.Query.text("measles", 10))).containsExactly(4L);
    search.remove(4);
    assertThat(ids(FactCheckSearch.Query.text("measles", 10))).isEmpty();
    assertThat(search.bySlug("vac-xin-gay-vo-sinh")).isPresent();
  }

  @Test
  void rejectsBadPaging() {
    assertThatThrownBy(() -> new FactCheckSearch.Query(null, null, null, null, null, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FactCheckSearch.Query(null, null, null, LocalDate.parse("2026-02-02"),
        LocalDate.parse("2026-01-01"), 0, 10)).hasMessageContaining("after");
  }
}
