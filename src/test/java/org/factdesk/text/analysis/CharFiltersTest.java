package org.factdesk.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CharFiltersTest {

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[3];
    for (int n = r.read(buf); n != -1; n = r.read(buf)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void normalizingFilterComposesPlacesTonesAndCorrectsOffsets() throws IOException {
    String nfd = "  Hoa\u0300\u00A0\u00A0Va\u0306\u0301c\u200B ";
    CharFilter f = new VietnameseNormalizingCharFilter(new StringReader(nfd));
    assertThat(readAll(f)).isEqualTo("Hòa Vắc");
    assertThat(f.correctOffset(0)).isEqualTo(2);   // H
    assertThat(f.correctOffset(3)).isEqualTo(6);   // the space: first NBSP
    assertThat(f.correctOffset(4)).isEqualTo(8);   // V
    assertThat(f.correctOffset(6)).isEqualTo(12);  // c after the NFD ă + acute
    assertThat(f.correctOffset(7)).isEqualTo(13);  // tight end: before ZWSP and trailing space
  }

  @Test
  void socialFilterBlanksAndSplitsHashtags() throws IOException {
    String raw = "@an xem #HòaBình 😷!";
    CharFilter f = new SocialTokensCharFilter(new StringReader(raw));
    assertThat(readAll(f)).isEqualTo("  xem Hòa Bình  !");
    assertThat(f.correctOffset(6)).isEqualTo(9);    // H after '#'
    assertThat(f.correctOffset(9)).isEqualTo(12);   // inserted space maps to B
    assertThat(f.correctOffset(10)).isEqualTo(12);  // B
    assertThat(f.correctOffset(15)).isEqualTo(17);  // emoji (a surrogate pair) became one space
    assertThat(f.correctOffset(16)).isEqualTo(19);  // '!'
  }

  @Test
  void teencodeFilterLowerCasesAndExpands() throws IOException {
    CharFilter f = new TeencodeCharFilter(new StringReader("Ko đc ra ĐG"));
    assertThat(readAll(f)).isEqualTo("không được ra đường");
    assertThat(f.correctOffset(0)).isEqualTo(0);
    assertThat(f.correctOffset(5)).isEqualTo(2);    // end of "không" = end of "Ko"
    assertThat(f.correctOffset(6)).isEqualTo(3);
    assertThat(f.correctOffset(19)).isEqualTo(11);
  }

  @Test
  void diacriticFoldingFilterFoldsTermsOnly() throws IOException {
    WhitespaceTokenizer tok = new WhitespaceTokenizer();
    tok.setReader(new StringReader("Đường vắc-xin 東京"));
    try (TokenStream ts = new DiacriticFoldingFilter(tok)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      StringBuilder sb = new StringBuilder();
      while (ts.incrementToken()) {
        sb.append(term).append('|');
      }
      ts.end();
      assertThat(sb).hasToString("Duong|vac-xin|東京|");
    }
  }
}
