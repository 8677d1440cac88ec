package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.index.FactCheckIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexTextMatcherTest {
  @Test
  void matchesAsIngestDoesAndKeepsOnlyConfidentEnoughMatchesRenumbered(@TempDir Path dir) throws Exception {
    try (FactCheckIndex index = ApiTestSupport.smallIndex(dir)) {
      TextMatcher m = IndexTextMatcher.bm25(index);
      List<TextMatch> all = m.match("Người dân ko đc ra đg sau 18h ở TP.HCM", 5, 0.0);
      assertThat(all).isNotEmpty();
      assertThat(all.get(0).factCheckId()).isEqualTo("vi-curfew");
      assertThat(all.get(0).rating()).isEqualTo("Sai");
      assertThat(all).extracting(TextMatch::rank).containsExactlyElementsOf(
          java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i).confidence()).isLessThanOrEqualTo(all.get(i - 1).confidence());
      }
      double cut = all.get(0).confidence();
      List<TextMatch> strict = m.match("Người dân ko đc ra đg sau 18h ở TP.HCM", 5, cut);
      assertThat(strict).allSatisfy(t -> assertThat(t.confidence()).isGreaterThanOrEqualTo(cut));
      assertThat(strict.get(0).rank()).isEqualTo(1);
      assertThat(m.match("Drinking bleach cures COVID", 1, 0.0)).extracting(TextMatch::factCheckId)
          .containsExactly("en-bleach");
    }
  }
}
