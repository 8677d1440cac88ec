package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdesk.text.SentenceSplitter.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = SentenceSplitter.create();

  private List<String> texts(String s) {
    return splitter.split(s).stream().map(Sentence::text).toList();
  }

  @Test
  void vietnameseNewsWithExactSpans() {
    String s = "Bộ Y tế cho biết vắc-xin an toàn. Tại TP.HCM, 1.000.000 liều đã được tiêm!  "
        + "Tỷ lệ phản ứng là 3,5%?";
    assertThat(splitter.split(s)).containsExactly(
        new Sentence(0, 33, "Bộ Y tế cho biết vắc-xin an toàn."),
        new Sentence(34, 74, "Tại TP.HCM, 1.000.000 liều đã được tiêm!"),
        new Sentence(76, 99, "Tỷ lệ phản ứng là 3,5%?"));
    for (Sentence x : splitter.split(s)) {
      assertThat(s.substring(x.start(), x.end())).isEqualTo(x.text());
    }
  }

  @Test
  void vietnameseTitlesAndCityAbbreviations() {
    assertThat(texts("PGS.TS. Nguyễn Văn Kính nói với ThS. Lê Hà ở TP. HCM. Th.S Trần An đồng ý."))
        .containsExactly("PGS.TS. Nguyễn Văn Kính nói với ThS. Lê Hà ở TP. HCM.",
            "Th.S Trần An đồng ý.");
    assertThat(texts("Có cam, quýt, bưởi v.v. và nhiều loại khác. Hết v.v. Sau đó về."))
        .containsExactly("Có cam, quýt, bưởi v.v. và nhiều loại khác.", "Hết v.v.", "Sau đó về.");
  }

  @Test
  void englishAbbreviationsAndDecimals() {
    assertThat(texts("Dr. Smith met Mr. Jones in the U.S. on Monday. Prices rose 3.5 percent, "
        + "e.g. in Texas. The U.S. President spoke."))
        .containsExactly("Dr. Smith met Mr. Jones in the U.S. on Monday.",
            "Prices rose 3.5 percent, e.g. in Texas.", "The U.S.", "President spoke.");
  }

  @Test
  void urlsAndEmails() {
    assertThat(texts("Xem https://vnexpress.net/a.b.html. Liên hệ toasoan@vnexpress.net. Hết."))
        .containsExactly("Xem https://vnexpress.net/a.b.html.", "Liên hệ toasoan@vnexpress.net.",
            "Hết.");
  }

  @Test
  void ellipsesQuestionBangAndClosers() {
    assertThat(texts("Thật sao?! Anh ấy nói: “Tôi không biết.” (Đúng vậy.) Rồi... thôi. Chờ… Xong"))
        .containsExactly("Thật sao?!", "Anh ấy nói: “Tôi không biết.”", "(Đúng vậy.)",
            "Rồi... thôi.", "Chờ…", "Xong");
    assertThat(texts("He said \"stop.\" Then left...")).containsExactly("He said \"stop.\"",
        "Then left...");
  }

  @Test
  void blankLinesAreHardBreaksSingleLinesAreNot() {
    String s = "Tin nóng\nhôm nay\n\n  Mưa lớn ở Hà Nội\r\n\r\nKẹt xe";
    assertThat(splitter.split(s)).containsExactly(
        new Sentence(0, 16, "Tin nóng\nhôm nay"),
        new Sentence(20, 36, "Mưa lớn ở Hà Nội"),
        new Sentence(40, 46, "Kẹt xe"));
    assertThat(SentenceSplitter.withLineBreaks().split("Tiêu đề\nNội dung. Hết").stream()
        .map(Sentence::text)).containsExactly("Tiêu đề", "Nội dung.", "Hết");
  }

  @Test
  void listMarkersAndLowerCaseSocialText() {
    assertThat(texts("1. Rửa tay. 2. Đeo khẩu trang. Năm 2020. mai gặp")).containsExactly(
        "1. Rửa tay.", "2. Đeo khẩu trang.", "Năm 2020.", "mai gặp");
  }

  @Test
  void oddInputNeverThrows() {
    assertThat(texts("")).isEmpty();
    assertThat(texts("   \n\n ")).isEmpty();
    assertThat(texts("...")).containsExactly("...");
    assertThat(texts("sách .. sách ; 東京都。次の文")).containsExactly("sách .. sách ; 東京都。", "次の文");
    // markup is not parsed: a terminator glued to a tag does not end a sentence
    assertThat(texts("<p>đỗ đại học.</p> <p>Vui!</p>")).containsExactly("<p>đỗ đại học.</p> <p>Vui!</p>");
  }

  @Provide
  Arbitrary<String> anything() {
    return TextArbitraries.anything();
  }

  @Property(tries = 2000, seed = "20261129")
  void spansAreOrderedTrimmedAndInRange(@ForAll("anything") String s) {
    int previousEnd = 0;
    for (Sentence x : SentenceSplitter.create().split(s)) {
      assertThat(x.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(x.end());
      assertThat(x.end()).isLessThanOrEqualTo(s.length());
      assertThat(x.text()).isEqualTo(s.substring(x.start(), x.end())).isEqualTo(x.text().strip());
      previousEnd = x.end();
    }
  }
}
