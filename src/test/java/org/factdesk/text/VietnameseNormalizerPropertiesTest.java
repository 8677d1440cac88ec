package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VietnameseNormalizerPropertiesTest {

  @Provide
  Arbitrary<String> anything() {
    return TextArbitraries.anything();
  }

  @Provide
  Arbitrary<String> vietnamese() {
    return TextArbitraries.vietnamese();
  }

  @Property(tries = 3000, seed = "20261129")
  void offsetsStayInRangeAndNeverDecrease(@ForAll("anything") String in) {
    OffsetMap m = VietnameseNormalizer.normalizeWithOffsets(in);
    int[] sources = m.sources();
    assertThat(sources).hasSize(m.text().length());
    int previous = 0;
    for (int i = 0; i <= m.text().length(); i++) {
      int off = m.toInput(i);
      assertThat(off).isBetween(previous, in.length());
      if (i < m.text().length()) {
        assertThat(off).isLessThan(in.length());
      }
      previous = off;
    }
    assertThat(m.toInput(m.text().length())).isEqualTo(in.length());
    assertThat(VietnameseNormalizer.lowercase(m.text())).hasSameSizeAs(m.text());
  }

  @Property(tries = 3000, seed = "20261129")
  void outputIsNfcAndIdempotent(@ForAll("anything") String in) {
    String out = VietnameseNormalizer.normalize(in);
    assertThat(Normalizer.isNormalized(out, Normalizer.Form.NFC)).as("NFC: %s", out).isTrue();
    assertThat(VietnameseNormalizer.normalize(out)).isEqualTo(out);
  }

  @Property(tries = 3000, seed = "84")
  void eachOutputLetterComesFromTheSameBaseLetter(@ForAll("vietnamese") String in) {
    OffsetMap m = VietnameseNormalizer.normalizeWithOffsets(in);
    String out = m.text();
    for (int i = 0; i < out.length(); i++) {
      char o = out.charAt(i);
      if (Character.isLetter(o)) {
        char source = in.charAt(m.toInput(i));
        assertThat(DiacriticFolder.fold(String.valueOf(source)).toLowerCase(java.util.Locale.ROOT))
            .as("output %s at %d from %s", out, i, in)
            .isEqualTo(DiacriticFolder.fold(String.valueOf(o)).toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  @Property(tries = 2000, seed = "7")
  void nfdAndNfcAgree(@ForAll("vietnamese") String in) {
    String nfc = Normalizer.normalize(in, Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(in, Normalizer.Form.NFD);
    assertThat(VietnameseNormalizer.normalize(nfd)).isEqualTo(VietnameseNormalizer.normalize(nfc));
  }
}
