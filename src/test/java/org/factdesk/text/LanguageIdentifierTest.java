package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private final LanguageIdentifier id = LanguageIdentifier.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "Vắc-xin COVID-19 gây vô sinh ở phụ nữ",
      "vac xin covid gay vo sinh o phu nu",
      "ko đc ra đg nha mn",
      "ko dc ra dg nha mn",
      "CÔNG NGHỆ THÔNG TIN VIỆT NAM",
      "nguoi dan khong duoc ra duong sau 18h",
      "@ban_a Mn ơi, ở TP.HCM ko đc ra đg à? 😷 https://vnexpress.net/a.html #HoàBình",
      "Messi ghi bàn cho Inter Miami"})
  void vietnameseWithAndWithoutDiacritics(String text) {
    assertThat(id.identify(text)).isEqualTo(Language.VI);
    assertThat(id.identify(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(Language.VI);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The vaccine causes infertility in women",
      "BREAKING: Trump says the election was stolen https://t.co/abc @realDonaldTrump",
      "Jab makes women sterile, doctors warn #COVID19 😷",
      "No Collusion, No Obstruction, Complete and Total EXONERATION.",
      "Hurricane Dorian washed up bricks of cocaine on Florida's coast"})
  void englishTweets(String text) {
    assertThat(id.identify(text)).isEqualTo(Language.EN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"東京都", "Вакцина вызывает бесплодие", "اللقاح يسبب العقم",
      "La vacuna causa infertilidad en mujeres", "Der Impfstoff macht unfruchtbar"})
  void otherLanguagesAndScripts(String text) {
    assertThat(id.identify(text)).isEqualTo(Language.OTHER);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "123 456", "😷🔥", "https://t.co/abc @someone", "?!"})
  void noLettersIsUnknown(String text) {
    assertThat(id.identify(text)).isEqualTo(Language.UNKNOWN);
  }

  @Test
  void evidenceCounts() {
    LanguageIdentifier.Evidence e = id.evidence("vắc xin gây vô sinh to the vaccine");
    assertThat(e.latinTokens()).isEqualTo(8);
    assertThat(e.vietnameseLetters()).isEqualTo(1);   // vắc (â, ô without a tone are not Vietnamese-only)
    assertThat(e.vietnameseSyllables()).isEqualTo(4); // xin, gây, vô, sinh
    assertThat(e.englishSyllables()).isEqualTo(2);    // to, the
    assertThat(e.english()).isEqualTo(1);             // vaccine
  }

  @ParameterizedTest
  @CsvSource({"vi, VI", "vi-VN, VI", "EN-us, EN", "fr, OTHER", "'', UNKNOWN"})
  void tags(String tag, Language expected) {
    assertThat(Language.fromTag(tag)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"khong, true", "duoc, true", "nguoi, true", "vac, true", "xin, true", "quyen, true",
      "gi, true", "nghieng, true", "truong, true", "vaccine, false", "trump, false", "covid, false",
      "women, false", "xyz, false"})
  void syllables(String folded, boolean expected) {
    assertThat(VietnameseSyllables.isSyllable(folded)).isEqualTo(expected);
  }
}
