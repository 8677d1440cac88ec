package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** The bundled model on clear cases, and the extractor with it. */
class BundledCheckWorthinessModelTest {
  private static final LearnedCheckWorthinessScorer MODEL = LearnedCheckWorthinessScorer.bundled();

  @Test
  void clearFactualClaimsScoreAboveOneHalf() {
    assertThat(MODEL.score("Uống nước chanh nóng chữa khỏi COVID-19 trong 3 ngày.")).isGreaterThan(0.5);
    assertThat(MODEL.score("5G towers cause coronavirus")).isGreaterThan(0.5);
  }

  @Test
  void opinionsComplaintsAndQuestionsScoreBelowOneHalf() {
    assertThat(MODEL.score("Dịch vụ ở đây quá tệ, tôi rất bực!")).isLessThan(0.5);
    assertThat(MODEL.score("Có ai biết chuyện này không?")).isLessThan(0.5);
    assertThat(MODEL.score("I think the minister is awful")).isLessThan(0.5);
  }

  @Test
  void thresholdComesFromTheBundledPropertiesAndScoresAreStable() {
    assertThat(MODEL.threshold()).isBetween(0.05, 0.95).isNotEqualTo(0.5);
    String s = "Bộ Y tế cho biết có 5 ca tử vong.";
    assertThat(LearnedCheckWorthinessScorer.bundled().score(s)).isEqualTo(MODEL.score(s));
    assertThat(MODEL.score("")).isBetween(0.0, 1.0);
  }

  @Test
  void extractorFlagsTheClaimSentenceOfAVietnameseAndAnEnglishPost() {
    ClaimExtractor extractor = new ClaimExtractor(MODEL, SentenceSplitter.create());
    String vi = "Mọi người ơi, có ai biết chuyện này không? Bộ Y tế cho biết có 5 ca tử vong do sởi tại Hà Nội.";
    List<Claim> viClaims = extractor.extract("vi-1", vi);
    assertThat(viClaims).extracting(Claim::start, Claim::end, Claim::checkWorthy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 42, false), org.assertj.core.groups.Tuple.tuple(43, 94, true));
    // the trailing link is a sentence of its own and has no content: skipped
    String en = "I think the minister is awful. 5G towers cause coronavirus, a new study says. https://t.co/x";
    List<Claim> enClaims = extractor.extract("en-1", en);
    assertThat(enClaims).extracting(Claim::start, Claim::end, Claim::checkWorthy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 30, false), org.assertj.core.groups.Tuple.tuple(31, 77, true));
    for (Claim c : viClaims) {
      assertThat(vi.substring(c.start(), c.end())).isEqualTo(c.text());
    }
    for (Claim c : enClaims) {
      assertThat(en.substring(c.start(), c.end())).isEqualTo(c.text());
    }
  }
}
