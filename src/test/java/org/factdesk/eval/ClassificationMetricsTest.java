package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.factdesk.eval.ClassificationMetrics.Scored;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {
  private static final List<Scored> ITEMS = List.of(
      new Scored("a", 0.9, true), new Scored("b", 0.8, false), new Scored("c", 0.7, true),
      new Scored("d", 0.3, true), new Scored("e", 0.2, false));

  @Test
  void confusionCountsAtAThreshold() {
    ClassificationMetrics.AtThreshold at = ClassificationMetrics.atThreshold(ITEMS, 0.5);
    assertThat(at).isEqualTo(new ClassificationMetrics.AtThreshold(2, 1, 1, 1));
    assertThat(at.precision()).isEqualTo(2 / 3.0);
    assertThat(at.recall()).isEqualTo(2 / 3.0);
    assertThat(at.f1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(at.specificity()).isEqualTo(0.5);
    assertThat(at.balancedAccuracy()).isCloseTo(7 / 12.0, within(1e-12));
    assertThat(ClassificationMetrics.atThreshold(ITEMS, 0.95).precision()).isEqualTo(0.0);
  }

  @Test
  void averagePrecisionOfTheRankingByScore() {
    // ranking a+ b- c+ d+ e-: (1/1 + 2/3 + 3/4) / 3
    assertThat(ClassificationMetrics.averagePrecision(ITEMS)).isCloseTo((1 + 2 / 3.0 + 0.75) / 3, within(1e-12));
    assertThat(ClassificationMetrics.averagePrecision(List.of(new Scored("x", 1, false)))).isEqualTo(0.0);
  }

  @Test
  void tiesAreBrokenByAFixedHashNotByInputOrder() {
    List<Scored> tied = List.of(new Scored("p1", 1, true), new Scored("n1", 1, false), new Scored("p2", 1, true),
        new Scored("n2", 1, false));
    double ap = ClassificationMetrics.averagePrecision(tied);
    assertThat(ClassificationMetrics.averagePrecision(List.of(tied.get(3), tied.get(2), tied.get(1), tied.get(0))))
        .isEqualTo(ap);
  }

  @Test
  void balancedThresholdSeparatesTheClasses() {
    // balanced accuracy: t in (0.8, 0.9] 2/3, (0.7, 0.8] 5/12, (0.3, 0.7] 7/12, (0.2, 0.3] 3/4 (recall 1,
    // specificity 1/2), below 1/2; the best, 0.21..0.30, nearest 0.5: 0.30
    assertThat(ClassificationMetrics.bestBalancedThreshold(ITEMS)).isEqualTo(0.30);
  }
}
