package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The order of use documented in package-info, on a post as it arrives from a phone. */
class TextPipelineTest {

  private static String forIndex(String raw) {
    String normalised = VietnameseNormalizer.normalize(TextTokens.forMatching(raw));
    return TeencodeExpander.vietnamese().expand(VietnameseNormalizer.lowercase(normalised));
  }

  @Test
  void socialPostFromAnIphone() {
    String raw = Normalizer.normalize(
        "@ban_a Mn ơi\u200B, ở TP.HCM ko đc ra đg à? Chúc sức khoẻ!! 😷 "
            + "https://vnexpress.net/a-1.html #HoàBình", Normalizer.Form.NFD);
    assertThat(forIndex(raw)).isEqualTo(
        "mọi người ơi, ở thành phố hồ chí minh không được ra đường à? chúc sức khỏe!! "
            + "url:vnexpress.net hòabình");
    assertThat(DiacriticFolder.fold(forIndex(raw))).isEqualTo(
        "moi nguoi oi, o thanh pho ho chi minh khong duoc ra duong a? chuc suc khoe!! "
            + "url:vnexpress.net hoabinh");
  }

  @Test
  void bothTonePlacementsFoldAndMatchAlike() {
    assertThat(forIndex("Thủy điện Hòa Bình")).isEqualTo(forIndex("Thuỷ điện Hoà Bình"))
        .isEqualTo("thủy điện hòa bình");
  }
}
