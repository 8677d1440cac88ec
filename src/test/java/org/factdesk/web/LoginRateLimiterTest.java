package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {
  @Test
  void perUserAndAddressPerAddressAndPerUserWithinTheWindow() {
    DeskFixture.MutableClock clock = new DeskFixture.MutableClock();
    LoginRateLimiter l = new LoginRateLimiter(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 3; i++) {
      l.failure("Ed", "10.0.0.1");
    }
    assertTrue(l.blocked("ed", "10.0.0.1"), "one account from one address, case-insensitively");
    assertFalse(l.blocked("ed", "10.0.0.2"), "regression: others could lock a known account out with 3 tries");
    assertFalse(l.blocked("other", "10.0.0.1"), "a colleague behind the same address can still log in");
    for (int i = 0; i < 12; i++) {
      l.failure("user" + i, "10.0.0.50");
    }
    assertTrue(l.blocked("fresh", "10.0.0.50"), "spraying from one address: 4 × 3 failures");
    for (int i = 0; i < 30; i++) {
      l.failure("target", "10.1.0." + i);
    }
    assertTrue(l.blocked("target", "10.2.0.1"), "distributed guessing of one account: 10 × 3 failures");
    clock.advance(Duration.ofMinutes(15));
    assertFalse(l.blocked("ed", "10.0.0.1"));
    assertFalse(l.blocked("target", "10.2.0.1"));
    l.failure("ed", "a");
    l.failure("ed", "a");
    l.success("ed", "a");
    l.failure("ed", "a");
    assertFalse(l.blocked("ed", "a"), "a success clears the account's failures");
  }
}
