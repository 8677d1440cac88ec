package org.factdesk.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Rating;
import org.junit.jupiter.api.Test;

class AlertRuleTest {
  /** Local midnight of 29 Nov 2026 in Asia/Ho_Chi_Minh. */
  private static final Instant DAY0 = Instant.parse("2026-11-28T17:00:00Z");

  /** 2 posts a day for the 7 days before DAY0, then {@code today} posts on DAY0, two thirds from Page A. */
  private static Narrative stream(int today, FactCheckLink link) {
    List<NarrativePost> posts = new ArrayList<>();
    for (int d = 7; d >= 1; d--) {
      for (int i = 0; i < 2; i++) {
        posts.add(new NarrativePost("h" + d + "-" + i, DAY0.minus(Duration.ofDays(d)).plusSeconds(3600 * (i + 1)), "Page B", 1));
      }
    }
    for (int i = 0; i < today; i++) {
      posts.add(new NarrativePost("t" + i, DAY0.plusSeconds(600L * i), i % 3 == 2 ? "Page B" : "Page A", 10));
    }
    return new Narrative("n-000007", posts, link);
  }

  private static final FactCheckLink FALSE = new FactCheckLink("fc-salt", Rating.textual("Sai sự thật"));

  @Test
  void aFalseNarrativeJumpingToTwentyADayGivesOneAlertPerWindow() {
    AlertRule rule = AlertRule.defaults();
    Instant now = DAY0.plus(Duration.ofHours(5));
    Optional<Alert> alert = rule.evaluate(stream(20, FALSE), now);
    assertThat(alert).isPresent();
    Alert a = alert.get();
    assertThat(a.narrativeId()).isEqualTo("n-000007");
    assertThat(a.factCheckId()).isEqualTo("fc-salt");
    assertThat(a.verdict()).isEqualTo("Sai sự thật");
    assertThat(a.windowStart()).isEqualTo(DAY0);
    assertThat(a.windowEnd()).isEqualTo(Instant.parse("2026-11-29T17:00:00Z"));
    assertThat(a.postsInWindow()).isEqualTo(20);
    assertThat(a.expected()).isCloseTo(14.5 / 7, within(1e-12));
    assertThat(a.score()).isCloseTo(12.915465672403107, within(1e-9));
    // 20 posts: i % 3 == 2 for 6 of them → Page A 14 posts (140), Page B 6 (60)
    assertThat(a.topOutlets()).containsExactly(new OutletReach("Page A", 14, 140), new OutletReach("Page B", 6, 60));

    AlertLog log = new AlertLog();
    assertThat(log.add(a)).isTrue();
    // re-evaluated later the same day with more posts: same narrative and window → not a second alert
    assertThat(log.add(rule.evaluate(stream(25, FALSE), DAY0.plus(Duration.ofHours(20))).orElseThrow())).isFalse();
    assertThat(log.alerts()).containsExactly(a);
    // the next day is another window: nothing on it yet, then its own burst is a new alert
    assertThat(rule.evaluate(stream(20, FALSE), DAY0.plus(Duration.ofDays(1)))).isEmpty();
    List<NarrativePost> twoDays = new ArrayList<>(stream(20, FALSE).posts());
    for (int i = 0; i < 30; i++) {
      twoDays.add(new NarrativePost("u" + i, DAY0.plus(Duration.ofDays(1)).plusSeconds(60L * i), "Page C", 0));
    }
    Alert nextDay = rule.evaluate(new Narrative("n-000007", twoDays, FALSE), DAY0.plus(Duration.ofDays(1))).orElseThrow();
    // history: six days of 2 and today's 20 → λ = (32 + 0.5) / 7
    assertThat(nextDay.expected()).isCloseTo(32.5 / 7, within(1e-12));
    assertThat(nextDay.windowStart()).isEqualTo(DAY0.plus(Duration.ofDays(1)));
    assertThat(log.add(nextDay)).isTrue();
    assertThat(log.alerts()).containsExactly(a, nextDay);
  }

  @Test
  void noAlertWhenTheVerdictIsTrueOrThereIsNoFactCheckOrTheStreamIsFlat() {
    Instant now = DAY0.plus(Duration.ofHours(5));
    AlertRule rule = AlertRule.defaults();
    assertThat(rule.evaluate(stream(20, new FactCheckLink("fc-x", Rating.textual("True"))), now)).isEmpty();
    assertThat(rule.evaluate(stream(20, null), now)).isEmpty();
    assertThat(rule.evaluate(stream(2, FALSE), now)).as("flat: 2 a day").isEmpty();
    // rising but below the minimum posts in the window
    assertThat(new AlertRule(3.0, 30, java.time.temporal.ChronoUnit.DAYS, 7, NarrativeTrends.VIETNAM)
        .evaluate(stream(20, FALSE), now)).isEmpty();
  }

  @Test
  void verdictsAreNormalised() {
    for (String v : List.of("False", "FALSE.", "Mostly False", "Misleading", "Pants on Fire!", "Sai", "SAI SỰ THẬT",
        "Tin giả", "Gây hiểu lầm", "False context")) {
      assertThat(Verdicts.isFalseOrMisleading(Rating.textual(v))).as(v).isTrue();
    }
    for (String v : List.of("True", "Mostly true", "Mixture", "Unproven", "Đúng", "")) {
      assertThat(Verdicts.isFalseOrMisleading(Rating.textual(v))).as(v).isFalse();
    }
    assertThat(Verdicts.isFalseOrMisleading(null)).isFalse();
    assertThat(Verdicts.isFalseOrMisleading(new Rating(1.0, 5.0, 1.0, null))).isTrue();
    assertThat(Verdicts.isFalseOrMisleading(new Rating(4.0, 5.0, 1.0, null))).isFalse();
  }
}
