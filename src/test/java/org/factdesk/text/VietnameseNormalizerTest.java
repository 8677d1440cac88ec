package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNormalizerTest {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Test
  void nfdInputNormalisesLikeNfcInput() {
    String decomposed = nfd("Vắc-xin");
    assertThat(decomposed).hasSize(9);
    assertThat(VietnameseNormalizer.normalize(decomposed)).isEqualTo("Vắc-xin").hasSize(7);
    assertThat(VietnameseNormalizer.normalize(nfd("Hoà bình"))).isEqualTo("Hòa bình");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // new style -> old style (canonical)
      "hoà, hòa", "khoẻ, khỏe", "thuý, thúy", "toà, tòa", "hoá, hóa", "thuỷ, thủy", "luỹ, lũy",
      "uỷ, ủy", "oà, òa", "hoạ, họa",
      // old style stays
      "hòa, hòa", "khỏe, khỏe", "thúy, thúy",
      // capitals
      "HOÀ, HÒA", "Hoà, Hòa", "KHOẺ, KHỎE", "Thuý, Thúy", "HÒA, HÒA",
      // closed syllables and triphthongs already follow one rule
      "hoàng, hoàng", "thuyết, thuyết", "khoẻn, khoẻn", "toán, toán", "huỳnh, huỳnh",
      "hoặc, hoặc", "ngoài, ngoài", "xoáy, xoáy", "khuỷu, khuỷu",
      // typos with the mark on the glide
      "hòang, hoàng", "ngòai, ngoài", "tóan, toán",
      // qu and gi onsets
      "quý, quý", "qúy, quý", "Qúy, Quý", "qùa, quà", "quà, quà", "quốc, quốc", "quyết, quyết",
      "quỳnh, quỳnh", "gìn, gìn", "giữ, giữ", "già, già", "giếng, giếng",
      // other nuclei untouched
      "của, của", "mùa, mùa", "thuở, thuở", "kìa, kìa", "hai, hai",
      // two marks or not Vietnamese: untouched
      "hòà, hòà", "où, où", "Zoë, Zoë"
  })
  void oneTonePlacement(String in, String out) {
    assertThat(VietnameseNormalizer.normalize(in)).isEqualTo(out);
    assertThat(VietnameseNormalizer.normalize(nfd(in))).isEqualTo(out);
  }

  @Test
  void bothStylesMeetInSentences() {
    assertThat(VietnameseNormalizer.normalize("Chúc sức khỏe, hòa bình; Thúy ở Thanh Hóa"))
        .isEqualTo(VietnameseNormalizer.normalize("Chúc sức khoẻ, hoà bình; Thuý ở Thanh Hoá"))
        .isEqualTo("Chúc sức khỏe, hòa bình; Thúy ở Thanh Hóa");
    assertThat(VietnameseNormalizer.normalize("Cộng hoà xã hội chủ nghĩa Việt Nam"))
        .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
    // glued syllables are not one syllable: left alone
    assertThat(VietnameseNormalizer.normalize("#hoàbình")).isEqualTo("#hoàbình");
    // ... unless camel case marks the syllables
    assertThat(VietnameseNormalizer.normalize("#HoàBình #ThuỷĐiện")).isEqualTo("#HòaBình #ThủyĐiện");
  }

  @Test
  void removesInvisibleAndMapsOddSpaces() {
    assertThat(VietnameseNormalizer.normalize("Việ\u200Bt\u00ADNam\uFEFF")).isEqualTo("ViệtNam");
    assertThat(VietnameseNormalizer.normalize("a\u00A0b\u2003c\u202Fd\u205Fe\u3000f\u2060g"))
        .isEqualTo("a b c d e fg");
    assertThat(VietnameseNormalizer.normalize("  xin \t\u00A0 chào  ")).isEqualTo("xin chào");
  }

  @Test
  void keepsLineAndParagraphBreaks() {
    assertThat(VietnameseNormalizer.normalize("dòng một \r\n dòng hai\n\n\n  đoạn mới\u2029x"))
        .isEqualTo("dòng một\ndòng hai\n\nđoạn mới\n\nx");
  }

  @Test
  void lowercaseUsesNoLocale() {
    assertThat(VietnameseNormalizer.lowercase("CÔNG NGHỆ THÔNG TIN VIỆT NAM"))
        .isEqualTo("công nghệ thông tin việt nam");
    assertThat(VietnameseNormalizer.lowercase("ĐƯỜNG ĐI QUÝ HÒA"))
        .isEqualTo("ĐƯỜNG ĐI QUÝ HÒA".toLowerCase(Locale.ROOT))
        .isEqualTo("đường đi quý hòa");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(VietnameseNormalizer.lowercase("TIN")).isEqualTo("tin");
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(VietnameseNormalizer.lowercase("İ")).hasSize(1);
  }

  @Test
  void offsetsForNfdInput() {
    String in = nfd("Vắc xin");
    // V a ̆ ́ c ' ' x i n
    OffsetMap m = VietnameseNormalizer.normalizeWithOffsets(in);
    assertThat(m.text()).isEqualTo("Vắc xin");
    assertThat(m.sources()).containsExactly(0, 1, 4, 5, 6, 7, 8);
    assertThat(m.toInput(7)).isEqualTo(9);
    assertThat(in.substring(m.toInput(0), m.toInput(3))).isEqualTo(nfd("Vắc"));
    assertThat(in.substring(m.toInput(4), m.toInput(7))).isEqualTo("xin");
  }

  @Test
  void offsetsForRemovedAndCollapsedChars() {
    String in = "\u00A0Hà\u200B Nội\u00A0\u00A0 hoà";
    OffsetMap m = VietnameseNormalizer.normalizeWithOffsets(in);
    assertThat(m.text()).isEqualTo("Hà Nội hòa");
    assertThat(m.sources()).containsExactly(1, 2, 4, 5, 6, 7, 8, 11, 12, 13);
    assertThat(in.substring(m.toInput(3), m.toInput(6))).isEqualTo("Nội");
    assertThat(in.substring(m.toInput(7), m.toInput(10))).isEqualTo("hoà");
  }

  @Test
  void mixedScriptsAndHtmlNeverThrow() {
    assertThatCode(() -> VietnameseNormalizer.normalize("sách .. sách ; 東京都")).doesNotThrowAnyException();
    assertThat(VietnameseNormalizer.normalize("sách .. sách ; 東京都")).isEqualTo("sách .. sách ; 東京都");
    assertThat(VietnameseNormalizer.normalize("<p>đỗ đại học</p>")).isEqualTo("<p>đỗ đại học</p>");
    assertThat(VietnameseNormalizer.normalize("")).isEmpty();
    assertThat(VietnameseNormalizer.normalize("\u200B \u00A0")).isEmpty();
    assertThat(VietnameseNormalizer.normalize("\uD83D")).isEqualTo("\uD83D");
    assertThat(VietnameseNormalizer.normalize("\u0301a")).isEqualTo(nfc("\u0301a"));
  }
}
