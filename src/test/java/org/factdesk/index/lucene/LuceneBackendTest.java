package org.factdesk.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexField;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.SearchHit;
import org.factdesk.index.SearchResult;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Rating;
import org.factdesk.text.LanguageIdentifier;
import org.factdesk.text.analysis.MatchAnalyzer;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneBackendTest {
  private static final Map<IndexField, Float> ALL = Map.of(IndexField.ALL, 1f);
  @TempDir Path dir;

  private FactCheckIndex open(MatchAnalyzer analyzer) throws Exception {
    MultilingualMatchAnalysis analysis = new MultilingualMatchAnalysis(analyzer, LanguageIdentifier.standard());
    return new FactCheckIndex(LuceneBackend.open(dir, new IndexSettings(analysis.id(), Map.of())), analysis);
  }

  private static FactCheck fc(String id, String claim, String url) {
    return new FactCheck(id, claim, Rating.textual("False"), url, null, null, ItemReviewed.UNKNOWN, "en", null, null);
  }

  @Test
  void upsertWithSameIdReplacesInsteadOfDuplicating() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(fc("a", "Vaccines cause autism", null)));
      index.commit();
      index.upsert(List.of(fc("a", "Bananas cure cancer", null)));
      index.commit();
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.backend().get("a").orElseThrow().claimReviewed()).isEqualTo("Bananas cure cancer");
      assertThat(index.search("vaccines autism", "en", ALL, 5).hits()).isEmpty();
    }
  }

  @Test
  void upsertWithSameUrlReplacesTheOldId() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(fc("old", "Bananas cure cancer", "https://fc.example/bananas")));
      index.commit();
      index.upsert(List.of(fc("new", "Bananas cure cancer, again", "https://fc.example/bananas")));
      index.commit();
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.backend().get("old")).isEmpty();
      assertThat(index.backend().get("new")).isPresent();
    }
  }

  @Test
  void tiesAreBrokenByAscendingId() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(fc("c", "moon landing was faked", null), fc("a", "moon landing was faked", null),
          fc("b", "moon landing was faked", null)));
      index.commit();
      SearchResult r = index.search("moon landing faked", "en", ALL, 3);
      assertThat(r.hits()).extracting(SearchHit::id).containsExactly("a", "b", "c");
      assertThat(r.hits().get(0).score()).isEqualTo(r.hits().get(2).score());
    }
  }

  @Test
  void tiesAcrossTheCutKeepTheLowestIds() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      // e, d, c, b, a tie (a slightly better one first): which of them make the top 3 depends on ids only
      index.upsert(List.of(fc("z", "moon landing was faked moon", null), fc("e", "moon landing was faked", null),
          fc("d", "moon landing was faked", null), fc("c", "moon landing was faked", null),
          fc("b", "moon landing was faked", null), fc("a", "moon landing was faked", null),
          fc("y", "the landing gear", null)));
      index.commit();
      assertThat(index.search("moon landing faked", "en", ALL, 3).hits()).extracting(SearchHit::id)
          .containsExactly("z", "a", "b");
      assertThat(index.search("moon landing faked", "en", ALL, 6).hits()).extracting(SearchHit::id)
          .containsExactly("z", "a", "b", "c", "d", "e");
      assertThat(index.search("moon landing faked", "en", ALL, 10).hits()).extracting(SearchHit::id)
          .containsExactly("z", "a", "b", "c", "d", "e", "y");
    }
  }

  @Test
  void hitsShowTheCommittedVersionOfAnUpdatedFactCheck() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(fc("a", "Vaccines cause autism", null), fc("b", "Vaccines contain microchips", null)));
      index.commit();
      assertThat(index.search("vaccines autism", "en", ALL, 1).hits().get(0).factCheck().claimReviewed())
          .isEqualTo("Vaccines cause autism");
      index.upsert(List.of(fc("a", "Vaccines cause autism, says a viral post", null)));
      index.commit();
      assertThat(index.search("vaccines autism", "en", ALL, 1).hits().get(0).factCheck().claimReviewed())
          .isEqualTo("Vaccines cause autism, says a viral post");
    }
  }

  @Test
  void scoreBoundIsAboveEveryScoreAndNormalisedScoreBelowOne() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(fc("a", "5G towers spread the coronavirus", null), fc("b", "Drinking bleach cures covid", null)));
      index.commit();
      SearchResult r = index.search("5G towers spread coronavirus and unrelatedword", "en", ALL, 2);
      assertThat(r.hits()).extracting(SearchHit::id).containsExactly("a");
      assertThat(r.maxPossibleScore()).isGreaterThan(r.hits().get(0).score());
      double withNoise = r.normalized(r.hits().get(0));
      SearchResult clean = index.search("5G towers spread coronavirus", "en", ALL, 2);
      assertThat(withNoise).isStrictlyBetween(0.0, 1.0);
      assertThat(clean.normalized(clean.hits().get(0))).isStrictlyBetween(withNoise, 1.0);
    }
  }

  @Test
  void storedFactCheckRoundTripsAllFields() throws Exception {
    FactCheck full = new FactCheck("https://fc.example/x", "Claim", new Rating(1.0, 5.0, 1.0, "False"),
        "https://fc.example/x", java.time.LocalDate.of(2024, 3, 1), new org.factdesk.model.Organization("FC", "https://fc.example"),
        new ItemReviewed(List.of("https://social.example/p/1"), "https://social.example/p/1", "a public page"), "vi", "T", "S");
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(full));
      index.commit();
      assertThat(index.backend().get(full.id())).contains(full);
    }
  }

  @Test
  void openingWithAnotherAnalyzerIsRefused() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(fc("a", "x", null)));
      index.commit();
    }
    assertThatThrownBy(() -> open(new MatchAnalyzer(MatchAnalyzer.Stemmer.NONE)))
        .isInstanceOf(SettingsMismatchException.class)
        .hasMessageContaining("en-std-poss-lower-fold-stop-porter-v1]' but this run uses")
        .hasMessageContaining("--rebuild-index");
    assertThat(LuceneBackend.readStored(dir)).extracting(FactCheck::id).containsExactly("a");
  }

  @Test
  void emptyQueryFindsNothing() throws Exception {
    try (FactCheckIndex index = open(new MatchAnalyzer())) {
      index.upsert(List.of(fc("a", "x y z", null)));
      index.commit();
      assertThat(index.search("the of and", "en", ALL, 5)).isEqualTo(SearchResult.EMPTY);
    }
  }

  @Test
  void bm25IdfMatchesLuceneFormula() {
    assertThat(LuceneBackend.idf(1, 10)).isCloseTo(Math.log(1 + 9.5 / 1.5), org.assertj.core.data.Offset.offset(1e-12));
  }
}
