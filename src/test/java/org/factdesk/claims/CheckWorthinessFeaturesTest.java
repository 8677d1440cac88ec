package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact feature values on crafted sentences (worked out by hand in the comments). */
class CheckWorthinessFeaturesTest {
  private final CheckWorthinessFeatures features = CheckWorthinessFeatures.standard();

  /** All features 0 except the given ones. */
  private static Map<String, Double> expected(Object... nameValue) {
    Map<String, Double> m = new LinkedHashMap<>();
    CheckWorthinessFeatures.NAMES.forEach(n -> m.put(n, 0.0));
    for (int i = 0; i < nameValue.length; i += 2) {
      m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
    }
    return m;
  }

  @Test
  void vietnameseStatisticalClaim() {
    // 14 words; Bộ, Y, COVID-19 are entity-like (Theo is first); "bộ y tế" hides nothing else,
    // "ca nhiễm" (statistical) hides "nhiễm" (medical), "gây ra" (causal) hides "gây"
    assertThat(features.describe("Theo Bộ Y tế, 30% ca nhiễm COVID-19 do biến thể mới gây ra."))
        .containsExactlyEntriesOf(expected("digits", 1, "percent", 1, "entities", 0.75, "attribution", 1, "causal", 1,
            "medical", 1, "statistical", 1, "words_log", Math.log(15)));
  }

  @Test
  void vietnameseComplaintIsNotAnEpidemic() {
    // "dịch vụ" (service) is an ignore entry, so "dịch" (epidemic) does not fire medical
    assertThat(features.describe("Dịch vụ ở đây quá tệ, tôi rất bực!"))
        .containsExactlyEntriesOf(expected("complaint", 1, "first_person", 1, "exclamation", 1,
            "words_log", Math.log(10)));
  }

  @Test
  void vietnameseQuestionByMarkAndFinalParticle() {
    assertThat(features.describe("Có ai biết chuyện này không?"))
        .containsExactlyEntriesOf(expected("question_mark", 1, "interrogative", 1, "words_log", Math.log(7)));
    // without the mark, "không" at the end still makes it a question; mid-sentence it does not
    assertThat(features.describe("có ai biết chuyện này không").get("interrogative")).isEqualTo(1.0);
    assertThat(features.describe("Tin này không đúng.").get("interrogative")).isEqualTo(0.0);
  }

  @Test
  void englishOpinion() {
    // "I" is first and a pronoun anyway: no entity
    assertThat(features.describe("I think the minister is awful"))
        .containsExactlyEntriesOf(expected("opinion", 1, "complaint", 1, "first_person", 1, "words_log", Math.log(7)));
  }

  @Test
  void tweetLinksHandlesAndSignatureDoNotCount() {
    // scoring form: "5G towers cause coronavirus, says 😷😷" — 5 words, one emoji run
    String tweet = "5G towers cause coronavirus, says @jane_doe https://t.co/abc 😷😷 — Jane Doe (@jane_doe) May 1, 2020";
    assertThat(features.describe(tweet))
        .containsExactlyEntriesOf(expected("digits", 1, "attribution", 1, "causal", 1, "medical", 1,
            "emoji_share", 1 / 6.0, "words_log", Math.log(6)));
  }

  @Test
  void shoutingHasNoEntitiesAndQuotesCount() {
    assertThat(features.describe("SHARE NGAY KẺO BỊ XÓA!!!"))
        .containsExactlyEntriesOf(expected("share", 1, "exclamation", 1, "shouting", 1, "words_log", Math.log(6)));
    assertThat(features.describe("Ông Nam nói: “Hai triệu người đã tiêm.”"))
        .containsExactlyEntriesOf(expected("number_word", 1, "entities", 0.25, "quote", 1, "medical", 1,
            "words_log", Math.log(9)));
  }

  @Test
  void startAnchoredInterrogativesAndEmptyInput() {
    assertThat(features.describe("Is this real").get("interrogative")).isEqualTo(1.0);
    assertThat(features.describe("This is real").get("interrogative")).isEqualTo(0.0);
    assertThat(features.describe("").values()).containsOnly(0.0);
    assertThat(features.compute("x")).hasSize(CheckWorthinessFeatures.NAMES.size());
  }

  @Test
  void longestCueWinsAcrossCategories() {
    // "theo tôi" is opinion and hides attribution "theo"; "theo dõi" (follow) is share
    assertThat(features.describe("Theo tôi thì không sao.")).containsEntry("opinion", 1.0)
        .containsEntry("attribution", 0.0);
    assertThat(features.describe("Hãy theo dõi trang nhé")).containsEntry("share", 1.0)
        .containsEntry("attribution", 0.0);
    assertThat(features.describe("Theo báo cáo, giá tăng.")).containsEntry("attribution", 1.0)
        .containsEntry("statistical", 1.0);
  }

  @Test
  void cueListParsingRejectsUnknownCategories() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CueLexicon.parse(List.of("mood\ten\thappy")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown category mood");
  }
}
