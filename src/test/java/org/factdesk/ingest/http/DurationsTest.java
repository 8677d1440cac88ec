package org.factdesk.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void parsesIsoAndShortForms() {
    assertThat(Durations.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Durations.parse("p1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse(" 15m ")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Durations.parse("2H")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void rejectsAnythingElse() {
    for (String bad : new String[] {"", "15", "15 m", "m", "1.5h", "1w", "PT", "-5s"}) {
      assertThatThrownBy(() -> Durations.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bad duration \"" + bad + "\" (expected ISO-8601 like PT15M, or 30s, 15m, 2h, 1d)");
    }
  }

  @Test
  void humanFormForMessages() {
    assertThat(Durations.human(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(Durations.human(Duration.ofMinutes(2))).isEqualTo("120 s");
    assertThat(Durations.human(Duration.ofMillis(250))).isEqualTo("250 ms");
  }
}
