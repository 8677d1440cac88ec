package org.factdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Post;
import org.factdesk.model.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes a handful of Vietnamese and English fact-checks and asserts the exact top-k of posts typed
 * the ways people type them (lexical pipeline, default settings).
 */
class EndToEndMatchingTest {
  @TempDir Path dir;
  FactCheckIndex index;
  MatchPipeline pipeline;

  private static FactCheck fc(String id, String claim, String lang) {
    return new FactCheck(id, claim, Rating.textual("Sai"), "https://fc.example/" + id, null, null, ItemReviewed.UNKNOWN,
        lang, null, null);
  }

  @BeforeEach
  void build() throws Exception {
    MatchingSettings s = MatchingSettings.defaults();
    index = new FactCheckIndex(LuceneBackend.open(dir, s.indexSettings()), s.analysis());
    index.upsert(List.of(
        fc("vi-vaccine", "Vắc-xin COVID-19 gây vô sinh ở phụ nữ", "vi"),
        fc("vi-curfew", "Người dân không được ra đường sau 18 giờ tại TP.HCM", "vi"),
        fc("vi-duong", "Ăn nhiều đường gây tiểu đường ở trẻ em", "vi"),
        fc("vi-duong-name", "Ông Dương bị bắt vì tung tin giả về dịch bệnh", "vi"),
        fc("vi-peace", "Hội nghị hòa bình được tổ chức tại Hà Nội", "vi"),
        fc("en-5g", "5G towers spread the coronavirus", "en"),
        fc("en-bleach", "Drinking bleach cures COVID-19", "en")));
    index.commit();
    pipeline = s.lexicalPipeline(index);
  }

  private List<String> top(String text, int k) {
    return pipeline.match(Post.of("q", text), k).matches().stream().map(RankedMatch::match)
        .map(m -> m.factCheck().id()).toList();
  }

  @Test
  void vietnameseTypedWithoutDiacriticsFindsTheClaim() {
    assertThat(top("vac xin covid gay vo sinh", 1)).containsExactly("vi-vaccine");
  }

  @Test
  void teencodeFindsTheClaim() {
    assertThat(top("ko đc ra đg sau 18h o tphcm", 1)).containsExactly("vi-curfew");
  }

  @Test
  void otherTonePlacementAndNfdFindTheClaim() {
    assertThat(top("hội nghị hoà bình", 1)).containsExactly("vi-peace");
    assertThat(top(java.text.Normalizer.normalize("Vắc-xin gây vô sinh", java.text.Normalizer.Form.NFD), 1))
        .containsExactly("vi-vaccine");
  }

  @Test
  void exactDiacriticsRankAboveFoldedOnlyMatches() {
    // both sugar ("đường" twice) and curfew ("ra đường") hold the exact word; "Dương" only folds to it
    assertThat(top("đường", 3)).containsExactly("vi-duong", "vi-curfew", "vi-duong-name");
    assertThat(top("Dương", 1)).containsExactly("vi-duong-name");
  }

  @Test
  void englishStillMatchesWithStemming() {
    assertThat(top("those 5G masts spreading coronavirus!!", 1)).containsExactly("en-5g");
    assertThat(top("drank bleach to cure covid", 1)).containsExactly("en-bleach");
  }
}
