package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {
  private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

  @Test
  void handComputedExample() {
    // predicted {a,b},{c,d,e}. B-cubed per item (P, R): a (1, 2/3), b (1, 2/3), c (1/3, 1/3), d (2/3, 1), e (2/3, 1)
    // → P = R = (11/3)/5 = 11/15. ARI: Σ C(n_ij,2) = 1 + 0 + 1 = 2; Σ C(a_i,2) = 3 + 1 = 4; Σ C(b_j,2) = 1 + 3 = 4;
    // E = 4·4/10 = 1.6; max = 4 → (2 − 1.6)/(4 − 1.6) = 1/6
    ClusteringMetrics.Scores s = ClusteringMetrics.evaluate(GOLD, Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y"));
    assertThat(s.precision()).isCloseTo(11 / 15.0, within(1e-12));
    assertThat(s.recall()).isCloseTo(11 / 15.0, within(1e-12));
    assertThat(s.f1()).isCloseTo(11 / 15.0, within(1e-12));
    assertThat(s.ari()).isCloseTo(1 / 6.0, within(1e-12));
    assertThat(s.items()).isEqualTo(5);
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void perfectAndAllSingletons() {
    ClusteringMetrics.Scores same = ClusteringMetrics.evaluate(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"));
    assertThat(same).isEqualTo(new ClusteringMetrics.Scores(1, 1, 1, 1, 5, 2, 2));
    // singletons: P = 1; R = (3·1/3 + 2·1/2)/5 = 2/5; F1 = 2·0.4/1.4 = 4/7; index 0, E = 4·0/10 = 0, max 2 → ARI 0
    ClusteringMetrics.Scores alone = ClusteringMetrics.evaluate(GOLD, Map.of("a", "a", "b", "b", "c", "c", "d", "d", "e", "e"));
    assertThat(alone.precision()).isEqualTo(1.0);
    assertThat(alone.recall()).isCloseTo(0.4, within(1e-12));
    assertThat(alone.f1()).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(alone.ari()).isEqualTo(0.0);
    // one big cluster: P = (3·3/5 + 2·2/5)/5 = 13/25, R = 1; ARI: index 4, E = 4·10/10 = 4, max = 7 → 0
    ClusteringMetrics.Scores one = ClusteringMetrics.evaluate(GOLD, Map.of("a", "z", "b", "z", "c", "z", "d", "z", "e", "z"));
    assertThat(one.precision()).isCloseTo(13 / 25.0, within(1e-12));
    assertThat(one.recall()).isEqualTo(1.0);
    assertThat(one.ari()).isCloseTo(0.0, within(1e-12));
    // both all singletons: the ARI denominator is 0 and the partitions are identical → 1
    assertThat(ClusteringMetrics.evaluate(Map.of("a", "1", "b", "2"), Map.of("a", "x", "b", "y")).ari()).isEqualTo(1.0);
    assertThat(ClusteringMetrics.evaluate(Map.of("a", "1"), Map.of("a", "x")).ari()).isEqualTo(1.0);
  }

  @Test
  void itemsMustMatch() {
    assertThatThrownBy(() -> ClusteringMetrics.evaluate(GOLD, Map.of("a", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 vs 1");
    assertThatThrownBy(() -> ClusteringMetrics.evaluate(Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
