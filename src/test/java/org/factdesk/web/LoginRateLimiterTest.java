package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {
  @Test
  void perUserNameAndPerAddressWithinTheWindow() {
    DeskFixture.MutableClock clock = new DeskFixture.MutableClock();
    LoginRateLimiter l = new LoginRateLimiter(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 3; i++) {
      l.failure("Ed", "10.0.0." + i);
    }
    assertTrue(l.blocked("ed", "10.0.0.9"), "user name counted across addresses, case-insensitively");
    assertFalse(l.blocked("other", "10.0.0.9"));
    for (int i = 0; i < 3; i++) {
      l.failure("user" + i, "10.0.0.50");
    }
    assertTrue(l.blocked("fresh", "10.0.0.50"), "address counted across user names");
    clock.advance(Duration.ofMinutes(15));
    assertFalse(l.blocked("ed", "10.0.0.9"));
    l.failure("ed", "a");
    l.success("ed");
    assertFalse(l.blocked("ed", "b"));
  }
}
