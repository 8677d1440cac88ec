package org.factdesk.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.text.analysis.VietnameseAnalyzer.Form.EXACT;
import static org.factdesk.text.analysis.VietnameseAnalyzer.Form.FOLDED;

import java.text.Normalizer;
import java.util.List;
import org.factdesk.text.DiacriticFolder;
import org.factdesk.text.VietnameseNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VietnameseAnalyzerTest {

  private static final VietnameseAnalyzer EXACT_INDEX = VietnameseAnalyzer.forIndex(EXACT);
  private static final VietnameseAnalyzer FOLDED_INDEX = VietnameseAnalyzer.forIndex(FOLDED);
  private static final VietnameseAnalyzer EXACT_QUERY = VietnameseAnalyzer.forQuery(EXACT);
  private static final VietnameseAnalyzer FOLDED_QUERY = VietnameseAnalyzer.forQuery(FOLDED);
  private static final List<VietnameseAnalyzer> ALL =
      List.of(EXACT_INDEX, FOLDED_INDEX, EXACT_QUERY, FOLDED_QUERY);

  private static List<String> terms(VietnameseAnalyzer a, String text) {
    return Tokens.of(a, text).terms();
  }

  @Test
  void exactTokensOffsetsAndPositions() {
    String text = "Vắc-xin COVID-19 gây vô sinh";
    assertThat(Tokens.of(EXACT_INDEX, text).list()).map(Tokens.Tok::toString).containsExactly(
        "vắc[0,3)+1", "vắc_xin[0,7)+0", "xin[4,7)+1", "xin_covid[4,13)+0", "covid[8,13)+1",
        "covid_19[8,16)+0", "19[14,16)+1", "19_gây[14,20)+0", "gây[17,20)+1", "gây_vô[17,23)+0",
        "vô[21,23)+1", "vô_sinh[21,28)+0", "sinh[24,28)+1");
    assertThat(Tokens.of(EXACT_INDEX, text).finalOffset()).isEqualTo(28);
  }

  @Test
  void foldedTokens() {
    assertThat(terms(FOLDED_INDEX, "Vắc-xin COVID-19 gây vô sinh")).containsExactly(
        "vac", "vac_xin", "xin", "xin_covid", "covid", "covid_19", "19", "19_gay", "gay",
        "gay_vo", "vo", "vo_sinh", "sinh");
  }

  @Test
  void foldedUnaccentedQuerySharesKeyTokens() {
    List<String> typed = terms(FOLDED_QUERY, "vac xin covid gay vo sinh");
    List<String> article = terms(FOLDED_INDEX, "Vắc-xin COVID-19 gây vô sinh");
    assertThat(typed).contains("vac", "vac_xin", "xin", "xin_covid", "covid", "gay", "gay_vo",
        "vo", "vo_sinh", "sinh");
    assertThat(article).containsAll(List.of("vac", "vac_xin", "xin", "xin_covid", "covid", "gay",
        "gay_vo", "vo", "vo_sinh", "sinh"));
    assertThat(terms(EXACT_QUERY, "vac xin covid gay vo sinh")).doesNotContain("vắc", "gây");
  }

  @Test
  void hyphenSpaceAndNoDiacriticsSpellingsOfVaccineMatch() {
    assertThat(terms(EXACT_INDEX, "vắc-xin")).containsExactly("vắc", "vắc_xin", "xin")
        .isEqualTo(terms(EXACT_INDEX, "vắc xin"));
    assertThat(terms(FOLDED_QUERY, "vac xin")).isEqualTo(terms(FOLDED_INDEX, "Vắc-xin"))
        .containsExactly("vac", "vac_xin", "xin");
  }

  @Test
  void queryTeencodeExpands() {
    assertThat(Tokens.of(EXACT_QUERY, "ko đc ra đg").list()).map(Tokens.Tok::toString)
        .containsExactly("không[0,2)+1", "không_được[0,5)+0", "được[3,5)+1", "được_ra[3,8)+0",
            "ra[6,8)+1", "ra_đường[6,11)+0", "đường[9,11)+1");
    assertThat(terms(EXACT_QUERY, "ko đc ra đg")).isEqualTo(terms(EXACT_INDEX, "không được ra đường"));
    assertThat(terms(FOLDED_QUERY, "Ko dc ra dg")).isEqualTo(terms(FOLDED_INDEX, "Không được ra đường"));
    assertThat(terms(EXACT_INDEX, "ko đc")).containsExactly("ko", "ko_đc", "đc");
  }

  @Test
  void teencodeMultiWordExpansionKeepsOffsetsInsideTheAbbreviation() {
    assertThat(Tokens.of(EXACT_QUERY, "Kp v?").list()).map(Tokens.Tok::toString).containsExactly(
        "không[0,1)+1", "không_phải[0,2)+0", "phải[1,2)+1", "phải_vậy[1,4)+0", "vậy[3,4)+1");
    Tokens hcm = Tokens.of(EXACT_QUERY, "ở hcm");
    assertThat(hcm.terms()).containsSubsequence("ở", "thành", "phố", "hồ", "chí", "minh");
    assertThat(hcm.list()).allSatisfy(t -> assertThat(t.start()).isBetween(0, t.end()));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"hoà bình, hòa bình", "thuý, thúy", "khoẻ, khỏe", "Thuỷ điện Hoà Bình, thủy điện hòa bình",
      "CÔNG NGHỆ THÔNG TIN VIỆT NAM, công nghệ thông tin Việt Nam"})
  void spellingVariantsGiveIdenticalTokens(String a, String b) {
    for (VietnameseAnalyzer analyzer : ALL) {
      assertThat(terms(analyzer, a)).as(analyzer.toString()).isNotEmpty().isEqualTo(terms(analyzer, b));
    }
  }

  @Test
  void upperCaseSentence() {
    assertThat(terms(EXACT_INDEX, "CÔNG NGHỆ THÔNG TIN VIỆT NAM")).containsExactly("công",
        "công_nghệ", "nghệ", "nghệ_thông", "thông", "thông_tin", "tin", "tin_việt", "việt",
        "việt_nam", "nam");
  }

  @Test
  void nfdAndNfcGiveIdenticalTokens() {
    String nfc = "Người dân Hòa Bình không được ra đường, khỏe mạnh; thúy đỗ đại học.";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    for (VietnameseAnalyzer analyzer : ALL) {
      assertThat(terms(analyzer, nfd)).as(analyzer.toString()).isEqualTo(terms(analyzer, nfc));
    }
    Tokens t = Tokens.of(EXACT_INDEX, nfd);
    assertThat(t.list().get(0)).hasToString("người[0," + nfd.indexOf(' ') + ")+1");
    assertThat(t.finalOffset()).isEqualTo(nfd.length());
  }

  @Test
  void socialTokensDroppedHashtagsKept() {
    String post = "@nam_123 xem https://www.vnexpress.net/a-1.html #VắcXin 😷🔥 nguyen.a@gmail.com ok";
    assertThat(terms(EXACT_QUERY, post))
        .containsExactly("xem", "xem_vắc", "vắc", "vắc_xin", "xin", "xin_ok", "ok");
    assertThat(terms(EXACT_INDEX, "gia đình 👨‍👩‍👧 vui ❤️")).containsExactly("gia", "gia_đình",
        "đình", "đình_vui", "vui");
    Tokens t = Tokens.of(EXACT_INDEX, post);
    assertThat(t.spans(post)).contains("Vắc", "Xin", "ok");
  }

  @ParameterizedTest
  @EnumSource(VietnameseAnalyzer.Form.class)
  void htmlAndMixedScriptsMapBackToTheirSource(VietnameseAnalyzer.Form form) {
    for (VietnameseAnalyzer analyzer : List.of(VietnameseAnalyzer.forIndex(form), VietnameseAnalyzer.forQuery(form))) {
      String html = "<p>đỗ đại học</p>";
      assertThat(terms(analyzer, html)).containsExactlyElementsOf(form == EXACT
          ? List.of("đỗ", "đỗ_đại", "đại", "đại_học", "học")
          : List.of("do", "do_dai", "dai", "dai_hoc", "hoc"));
      assertUnigramsMapBack(analyzer, html);
      String mixed = "sách .. sách ; 東京都";
      assertThat(Tokens.of(analyzer, mixed).spans(mixed)).contains("sách", "東", "京", "都");
      assertUnigramsMapBack(analyzer, mixed);
      assertUnigramsMapBack(analyzer, Normalizer.normalize("Hoà\u00A0\u00A0Bình\u200B  khoẻ", Normalizer.Form.NFD));
    }
  }

  /** Each unigram's source span, normalised the way the chain does, is the unigram itself. */
  static void assertUnigramsMapBack(VietnameseAnalyzer analyzer, String original) {
    for (Tokens.Tok t : Tokens.of(analyzer, original).list()) {
      assertThat(t.start()).isBetween(0, t.end());
      assertThat(t.end()).isLessThanOrEqualTo(original.length());
      if (t.posInc() == 0) {
        continue; // bigram: spans two syllables
      }
      String span = VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(
          original.substring(t.start(), t.end())));
      if (analyzer.form() == FOLDED) {
        span = DiacriticFolder.fold(span);
      }
      assertThat(span).as(t.toString()).isEqualTo(t.term());
    }
  }
}
