package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimTextTest {
  @Test
  void scoringFormDropsWhereTheSentenceWasPosted() {
    assertThat(ClaimText.forScoring("Vaccine kills #COVID pic.twitter.com/x1 — A B (@ab) May 1, 2020"))
        .isEqualTo("Vaccine kills COVID");
    assertThat(ClaimText.forScoring("@…  xem https://vnexpress.net/a.html ngay\u00A0nhé 😷"))
        .isEqualTo("xem ngay nhé 😷");
    assertThat(ClaimText.forScoring("Hoa\u0300 bi\u0300nh")).isEqualTo("Hòa bình");
  }

  @Test
  void contentMeansALetterOrDigitOutsideLinksHandlesAndEmoji() {
    assertThat(ClaimText.hasContent("https://t.co/abc")).isFalse();
    assertThat(ClaimText.hasContent("😂😂 @nam @… …")).isFalse();
    assertThat(ClaimText.hasContent("#5G")).isTrue();
    assertThat(ClaimText.hasContent("3")).isTrue();
  }
}
