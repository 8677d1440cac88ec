package org.factdesk.ingest.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock tests move by hand, and a sleeper that records each wait and moves the clock instead. */
final class FakeClock extends Clock {
  private Instant now;
  final List<Duration> sleeps = new ArrayList<>();

  FakeClock(Instant start) {
    this.now = start;
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  synchronized void set(Instant t) {
    now = t;
  }

  /** Records {@code d} and advances the clock by it; never blocks. */
  Sleeper sleeper() {
    return d -> {
      synchronized (this) {
        sleeps.add(d);
        now = now.plus(d);
      }
    };
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
