package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiacriticFolderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "vắc-xin, vac-xin", "Đường, Duong", "đỗ đại học, do dai hoc",
      "CÔNG NGHỆ THÔNG TIN VIỆT NAM, CONG NGHE THONG TIN VIET NAM",
      "hoà hòa khoẻ khỏe thuý thúy, hoa hoa khoe khoe thuy thuy",
      "Nguyễn Thị Ánh Tuyết, Nguyen Thi Anh Tuyet", "ưỡn ẹo ỵ, uon eo y",
      "café naïve Łódź, cafe naive Lodz", "Ægir ﬁne, Ægir ﬁne",
      "東京都 Москва́, 東京都 Москва́"
  })
  void folds(String in, String out) {
    assertThat(DiacriticFolder.fold(in)).isEqualTo(out);
  }

  @Test
  void keepsLengthOnNfcVietnamese() {
    String s = "Trường Đại học Bách khoa Hà Nội: vắc-xin Covid-19 an toàn, hiệu quả!";
    assertThat(DiacriticFolder.fold(s)).hasSameSizeAs(s)
        .isEqualTo("Truong Dai hoc Bach khoa Ha Noi: vac-xin Covid-19 an toan, hieu qua!");
  }

  @Test
  void dropsFreeCombiningMarksFromNfd() {
    String nfd = Normalizer.normalize("Vắc-xin Đường", Normalizer.Form.NFD);
    assertThat(DiacriticFolder.fold(nfd)).isEqualTo("Vac-xin Duong");
  }

  @Test
  void everyVietnameseLetterFoldsToAscii() {
    String letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợ"
        + "uùúủũụưừứửữựyỳýỷỹỵđ";
    String all = letters + letters.toUpperCase(java.util.Locale.ROOT);
    assertThat(DiacriticFolder.fold(all)).hasSameSizeAs(all).matches("[a-zA-Z]+");
  }
}
