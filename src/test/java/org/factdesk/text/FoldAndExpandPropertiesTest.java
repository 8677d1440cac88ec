package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FoldAndExpandPropertiesTest {

  @Provide
  Arbitrary<String> anything() {
    return TextArbitraries.anything();
  }

  @Provide
  Arbitrary<String> vietnamese() {
    return TextArbitraries.vietnamese();
  }

  @Property(tries = 2000, seed = "20261129")
  void foldingNormalisedVietnameseKeepsLength(@ForAll("vietnamese") String s) {
    String normalised = VietnameseNormalizer.normalize(s);
    String folded = DiacriticFolder.fold(normalised);
    // marks NFC could not attach to a letter (a second tone on "à") are dropped; all else is 1:1
    int stray = 0;
    boolean afterLetter = false;
    for (char c : normalised.toCharArray()) {
      if (c >= 0x0300 && c <= 0x036F) {
        stray += afterLetter ? 1 : 0;
      } else {
        afterLetter = Character.isLetter(c);
      }
    }
    assertThat(folded).hasSize(normalised.length() - stray);
    assertThat(DiacriticFolder.fold(folded)).isEqualTo(folded);
    assertThat(folded.chars().noneMatch(c -> c == 'đ' || c == 'Đ' || (c >= 0x1EA0 && c <= 0x1EF9)))
        .isTrue();
  }

  @Property(tries = 2000, seed = "20261129")
  void anyTextFoldsAndExpandsWithoutThrowing(@ForAll("anything") String s) {
    assertThat(DiacriticFolder.fold(s).length()).isLessThanOrEqualTo(s.length());
    String lower = VietnameseNormalizer.lowercase(VietnameseNormalizer.normalize(s));
    assertThat(TeencodeExpander.vietnamese().expand(lower)).isNotNull();
  }
}
