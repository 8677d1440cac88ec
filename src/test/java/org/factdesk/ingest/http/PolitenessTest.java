package org.factdesk.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolitenessTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void backoffDoublesFromOneMinuteToAnHour() {
    assertThat(IntStream.rangeClosed(1, 9).mapToObj(Backoff.DEFAULT::after).map(Duration::toMinutes))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    assertThat(Backoff.DEFAULT.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    assertThat(new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(25)).after(3)).isEqualTo(Duration.ofSeconds(25));
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backoff needs 0 < initial <= max, got PT0S, PT1H");
  }

  @Test
  void retryAfterTakesSecondsOrAnHttpDateCappedAtADay() {
    assertThat(RetryAfter.until("120", NOW)).isEqualTo(NOW.plusSeconds(120));
    assertThat(RetryAfter.until(" 0 ", NOW)).isNull();
    assertThat(RetryAfter.until("Wed, 01 May 2024 10:05:00 GMT", NOW)).isEqualTo(NOW.plusSeconds(300));
    assertThat(RetryAfter.until("Wed, 01 May 2024 09:00:00 GMT", NOW)).isNull(); // past
    assertThat(RetryAfter.until("86401", NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(RetryAfter.until("99999999999999999999", NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(RetryAfter.until("soon", NOW)).isNull();
    assertThat(RetryAfter.until("-5", NOW)).isNull();
    assertThat(RetryAfter.until(null, NOW)).isNull();
  }

  @Test
  void hostRateLimiterSpacesRequestsPerHost() throws InterruptedException {
    FakeClock clock = new FakeClock(NOW);
    HostRateLimiter limiter = new HostRateLimiter(clock, clock.sleeper());
    Duration second = Duration.ofSeconds(1);

    assertThat(limiter.acquire(URI.create("https://vnexpress.net/rss/a.rss"), second)).isEqualTo(Duration.ZERO);
    assertThat(limiter.acquire(URI.create("https://baochinhphu.vn/rss"), second)).isEqualTo(Duration.ZERO);
    assertThat(limiter.acquire(URI.create("http://VNEXPRESS.net:8080/rss/b.rss"), second)).isEqualTo(second);
    clock.advance(Duration.ofMillis(300));
    assertThat(limiter.acquire(URI.create("https://vnexpress.net/rss/c.rss"), Duration.ofSeconds(2)))
        .isEqualTo(Duration.ofMillis(1700));
    clock.advance(Duration.ofSeconds(5));
    assertThat(limiter.acquire(URI.create("https://vnexpress.net/rss/d.rss"), second)).isEqualTo(Duration.ZERO);
    assertThat(clock.sleeps).containsExactly(second, Duration.ofMillis(1700));
  }
}
