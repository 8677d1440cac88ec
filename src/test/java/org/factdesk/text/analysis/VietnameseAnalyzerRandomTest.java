package org.factdesk.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.factdesk.text.analysis.VietnameseAnalyzer.Form;
import org.junit.jupiter.api.Test;

/** Seeded random text through every chain (the role of Lucene's {@code checkRandomData}). */
class VietnameseAnalyzerRandomTest {

  private static final long SEED = 20261129L;
  private static final String[] PIECES = {
      "Việt Nam", "vắc-xin", "khoẻ", "hoà", "thuý", "ĐƯỜNG", "ko", "đc", "đg", "kp", "hcm", "ntn",
      "v", "z", "tp.hcm", "COVID-19", "東京都", "中文", "😷", "👨‍👩‍👧", "❤️", "🇻🇳", "\u200B", "\u200D",
      "\uFEFF", "\u00AD", "\u00A0", "\u3000", "\t", "\n", "\r\n", "\u2029", " ", "  ", ".", "..", ";",
      "?", "!", "-", "_", "#", "@", "#HoàBình", "@ban_a", "https://vnexpress.net/a-1.html",
      "www.x.vn", "a@b.vn", "<p>", "</p>", "&amp;", "<", ">", "\uD800", "\uDC00", "\uD835\uDC00",
      "e\u0301", "o\u0302\u0303", "\u0301", "İ", "ß", "Ǆ", "١٢٣", "123", "x"};

  @Test
  void randomTextNeverBreaksOffsets() {
    Random random = new Random(SEED);
    List<VietnameseAnalyzer> analyzers = List.of(VietnameseAnalyzer.forIndex(Form.EXACT),
        VietnameseAnalyzer.forIndex(Form.FOLDED), VietnameseAnalyzer.forQuery(Form.EXACT),
        VietnameseAnalyzer.forQuery(Form.FOLDED));
    for (int n = 0; n < 2000; n++) {
      String text = randomText(random);
      for (VietnameseAnalyzer analyzer : analyzers) {
        Tokens tokens = Tokens.of(analyzer, text);
        int lastStart = 0;
        for (Tokens.Tok t : tokens.list()) {
          String where = "seed " + SEED + " case " + n + " " + analyzer + " " + t + " in " + escape(text);
          assertThat(t.term()).as(where).isNotEmpty();
          assertThat(t.start()).as(where).isBetween(lastStart, t.end());
          assertThat(t.end()).as(where).isLessThanOrEqualTo(text.length());
          lastStart = t.start();
        }
        assertThat(tokens.finalOffset()).isBetween(0, text.length());
      }
    }
  }

  /** {@link MultilingualMatchAnalysis} derives the folded terms from the exact ones: same as the folded chain. */
  @Test
  void foldedTermsAreTheFoldedChainsTerms() {
    Random random = new Random(SEED);
    MultilingualMatchAnalysis analysis = new MultilingualMatchAnalysis();
    for (int n = 0; n < 2000; n++) {
      String text = randomText(random);
      String where = "seed " + SEED + " case " + n + " in " + escape(text);
      assertThat(analysis.forQuery(text, org.factdesk.text.Language.VI).folded()).as(where)
          .isEqualTo(TokenLists.analyze(VietnameseAnalyzer.forQuery(Form.FOLDED), "folded", text));
      assertThat(analysis.forDocument(text, org.factdesk.text.Language.VI).folded()).as(where)
          .isEqualTo(TokenLists.analyze(VietnameseAnalyzer.forIndex(Form.FOLDED), "folded", text));
    }
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int parts = random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(5) == 0) {
        sb.appendCodePoint(random.nextInt(0x30000));
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextBoolean()) {
        sb.append(' ');
      }
    }
    String s = sb.toString();
    return random.nextInt(4) == 0 ? Normalizer.normalize(s, Normalizer.Form.NFD) : s;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format(java.util.Locale.ROOT, "\\u%04X", c) : String.valueOf((char) c)));
    return sb.toString();
  }
}
