package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offset maps from the transforms the Lucene char filters wrap, and language id, on any text. */
class OffsetMapPropertiesTest {

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> social = Arbitraries.of("ko", "đc", "kp", "hcm", "v", "#HoàBình", "@an",
        "https://x.vn/a", "a@b.vn", "😷", " ", ".", "?")
        .list().ofMaxSize(8).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(TextArbitraries.anything(), TextArbitraries.vietnamese(), social);
  }

  @Property(tries = 2000, seed = "20261129")
  void expansionMapIsValid(@ForAll("text") String s) {
    String lower = VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(s));
    OffsetMap map = TeencodeExpander.vietnamese().expandWithOffsets(lower);
    assertThat(map.text()).isEqualTo(TeencodeExpander.vietnamese().expand(lower));
    assertValid(map, lower.length());
  }

  @Property(tries = 2000, seed = "20261129")
  void blankingMapIsValid(@ForAll("text") String s) {
    assertValid(TextTokens.blankForAnalysis(s), s.length());
  }

  @Property(tries = 2000, seed = "20261129")
  void languageIdNeverThrows(@ForAll("text") String s) {
    assertThat(LanguageIdentifier.standard().identify(s)).isNotNull();
  }

  private static void assertValid(OffsetMap map, int inputLength) {
    assertThat(map.inputLength()).isEqualTo(inputLength);
    int last = 0;
    for (int o = 0; o <= map.text().length(); o++) {
      int in = map.toInput(o);
      assertThat(in).isBetween(last, inputLength);
      last = in;
    }
  }
}
