package org.factdesk.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrendsAndBurstsTest {
  @Test
  void daysAreLocalDaysInVietnamAndOutletsAreAggregated() {
    // 2026-11-28T17:30Z is 00:30 on 29 Nov in Asia/Ho_Chi_Minh (UTC+7): its day starts 2026-11-28T17:00Z
    Narrative n = new Narrative("n-000001", List.of(
        new NarrativePost("p1", Instant.parse("2026-11-28T16:59:00Z"), "Báo A", 10),
        new NarrativePost("p2", Instant.parse("2026-11-28T17:30:00Z"), "Báo A", 5),
        new NarrativePost("p3", Instant.parse("2026-11-29T10:00:00Z"), "Trang B", 100),
        new NarrativePost("p4", null, null, 1)), null);
    NarrativeTrends t = NarrativeTrends.daily(n);
    assertThat(t.counts()).isEqualTo(new TreeMap<>(Map.of(
        Instant.parse("2026-11-27T17:00:00Z"), 1L, Instant.parse("2026-11-28T17:00:00Z"), 2L)));
    assertThat(t.outlets()).containsExactly(new OutletReach("Báo A", 2, 15), new OutletReach("Trang B", 1, 100),
        new OutletReach(OutletReach.UNKNOWN, 1, 1));
    assertThat(t.posts()).isEqualTo(4);
    assertThat(t.undated()).isEqualTo(1);
    assertThat(t.totalEngagement()).isEqualTo(116);
    assertThat(t.series(Instant.parse("2026-11-26T18:00:00Z"), 4)).containsExactly(0, 1, 2, 0);

    NarrativeTrends hourly = NarrativeTrends.of(n, ZoneOffset.UTC, ChronoUnit.HOURS);
    assertThat(hourly.counts()).containsOnlyKeys(Instant.parse("2026-11-28T16:00:00Z"),
        Instant.parse("2026-11-28T17:00:00Z"), Instant.parse("2026-11-29T10:00:00Z"));
    assertThatThrownBy(() -> NarrativeTrends.of(n, ZoneOffset.UTC, ChronoUnit.WEEKS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFlatStreamIsNotRising() {
    // λ = (35 + 0.5) / 7; P(X ≥ 5) = 1 − Σ_{k<5} e^−λ λ^k / k! = 0.5719493241954359 (Python, math.factorial)
    BurstDetector.Burst b = BurstDetector.score(new long[] {5, 5, 5, 5, 5, 5, 5}, 5);
    assertThat(b.expected()).isCloseTo(35.5 / 7, within(1e-12));
    assertThat(b.pValue()).isCloseTo(0.5719493241954359, within(1e-12));
    assertThat(b.score()).isCloseTo(0.24264244882453648, within(1e-12));
    assertThat(b.rising(3)).isFalse();
    assertThat(BurstDetector.score(new long[] {5, 5}, 0).score()).isEqualTo(0.0);
  }

  @Test
  void aJumpFromTwoToTwentyADayIsRising() {
    // λ = 14.5 / 7 = 2.0714…; P(X ≥ 20) = Σ_{k≥20} e^−λ λ^k / k! = 1.214882643688782e-13 → score 12.915465672403107
    BurstDetector.Burst b = BurstDetector.score(new long[] {2, 2, 2, 2, 2, 2, 2}, 20);
    assertThat(b.expected()).isCloseTo(14.5 / 7, within(1e-12));
    assertThat(b.pValue()).isCloseTo(1.214882643688782e-13, within(1e-24));
    assertThat(b.score()).isCloseTo(12.915465672403107, within(1e-9));
    assertThat(b.rising(3)).isTrue();
  }

  @Test
  void emptyHistoryUsesTheHalfPostCorrection() {
    // λ = 0.5 / 4 = 0.125; P(X ≥ 2) = 1 − e^−0.125 (1 + 0.125)
    BurstDetector.Burst b = BurstDetector.score(new long[4], 2);
    double p = 1 - Math.exp(-0.125) * 1.125;
    assertThat(b.pValue()).isCloseTo(p, within(1e-15));
    assertThat(b.score()).isCloseTo(-Math.log10(p), within(1e-9));
    // huge counts stay finite: log space
    assertThat(BurstDetector.score(new long[] {1}, 5000).score()).isGreaterThan(1000).isFinite();
    assertThatThrownBy(() -> BurstDetector.score(new long[0], 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
