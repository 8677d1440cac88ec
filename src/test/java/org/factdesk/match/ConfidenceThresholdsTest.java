package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfidenceThresholdsTest {
  private final ConfidenceThresholds t = new ConfidenceThresholds(0.23, 0.09, 8);

  @Test
  void bandsByConfidence() {
    assertThat(t.band(0.23, 10)).isEqualTo(ConfidenceBand.CONFIDENT);
    assertThat(t.band(0.2299, 10)).isEqualTo(ConfidenceBand.SUGGESTED);
    assertThat(t.band(0.09, 10)).isEqualTo(ConfidenceBand.SUGGESTED);
    assertThat(t.band(0.0899, 10)).isEqualTo(ConfidenceBand.NONE);
  }

  @Test
  void shortTextsAreNeverConfident() {
    assertThat(t.band(0.99, 7)).isEqualTo(ConfidenceBand.SUGGESTED);
    assertThat(t.band(0.99, 8)).isEqualTo(ConfidenceBand.CONFIDENT);
  }

  @Test
  void countsWords() {
    assertThat(ConfidenceThresholds.words("  a  b\tc\n")).isEqualTo(3);
    assertThat(ConfidenceThresholds.words("   ")).isZero();
  }

  @Test
  void rejectsInvertedThresholds() {
    assertThatThrownBy(() -> new ConfidenceThresholds(0.1, 0.2, 8))
        .hasMessage("need 0 <= suggested <= confident <= 1, got suggested=0.2 confident=0.1");
  }
}
