package org.factdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.model.FactCheck;
import org.factdesk.pipeline.MatchingSettings;
import org.factdesk.web.api.IndexTextMatcher;
import org.factdesk.web.api.TextMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedFactCheckTest {
  @Test
  void mapsEveryFieldTheIndexUses() {
    FactCheck f = IndexedFactCheck.of(PublishedFixtures.vaccine());
    assertThat(f.id()).isEqualTo("https://desk.example/fact-checks/vac-xin-gay-vo-sinh");
    assertThat(f.url()).isEqualTo(f.id());
    assertThat(f.claimReviewed()).isEqualTo("Vắc-xin COVID-19 gây vô sinh ở phụ nữ");
    assertThat(f.reviewRating().alternateName()).isEqualTo("Sai");
    assertThat(f.reviewRating().ratingValue()).isEqualTo(1.0);
    assertThat(f.datePublished()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(f.inLanguage()).isEqualTo("vi");
    assertThat(f.itemReviewed().appearanceUrls()).hasSize(2);
    assertThat(f.itemReviewed().author()).isEqualTo("Trang tin Sức khoẻ 24h");
    assertThat(f.subtitle()).isEqualTo("Không có bằng chứng nào cho thấy vắc-xin gây vô sinh.");
  }

  @Test
  void aPublishedFactCheckIsMatchedOnceIndexed(@TempDir Path dir) throws Exception {
    MatchingSettings s = MatchingSettings.defaults();
    try (FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, s.indexSettings()), s.analysis())) {
      index.upsert(List.of(IndexedFactCheck.of(PublishedFixtures.vaccine()), IndexedFactCheck.of(PublishedFixtures.tricky()),
          IndexedFactCheck.of(PublishedFixtures.vaccine()))); // the same fact-check twice: one document
      index.commit();
      assertThat(index.size()).isEqualTo(2);
      List<TextMatch> m = IndexTextMatcher.bm25(index).match("vac xin gay vo sinh", 2, 0.0);
      assertThat(m.get(0).url()).isEqualTo("https://desk.example/fact-checks/vac-xin-gay-vo-sinh");
      assertThat(m.get(0).rating()).isEqualTo("Sai");
    }
  }
}
