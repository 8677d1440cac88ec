package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTest {
  @Test
  void precisionMixesTopRelevantHitsWithBestNonRelevantOnes() {
    ConfidenceCalibration c = new ConfidenceCalibration();
    c.add(new ConfidenceCalibration.Observation(0.5, true, 0.1));
    c.add(new ConfidenceCalibration.Observation(0.3, true, 0.2));
    c.add(new ConfidenceCalibration.Observation(0.25, false, 0.25));
    c.add(new ConfidenceCalibration.Observation(0.1, true, 0.05));
    // t = 0.2: positives 0.5, 0.3 -> 2; negatives 0.2, 0.25 -> 2
    assertThat(c.row(0.2)).isEqualTo(new ConfidenceCalibration.Row(0.2, 0.5, 0.5));
    // t = 0.26: positives 2, negatives 0
    assertThat(c.row(0.26).precision()).isEqualTo(1.0);
    assertThat(c.thresholdFor(1.0)).isEqualTo(0.26);
    // t = 0.06: positives 0.5, 0.3, 0.1 -> 3; negatives 0.1, 0.2, 0.25 -> 3; t = 0.05 adds negative 0.05
    assertThat(c.thresholdFor(0.5)).isEqualTo(0.06);
    assertThat(c.table()).hasSize(20);
  }

  @Test
  void nothingPassingIsPrecisionOne() {
    ConfidenceCalibration c = new ConfidenceCalibration();
    c.add(new ConfidenceCalibration.Observation(0.1, true, 0.1));
    assertThat(c.row(0.5)).isEqualTo(new ConfidenceCalibration.Row(0.5, 1.0, 0.0));
  }
}
