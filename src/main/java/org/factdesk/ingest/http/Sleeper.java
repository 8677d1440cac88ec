package org.factdesk.ingest.http;

import java.time.Duration;

/** Waits for a while; injectable so tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** Blocks for {@code duration} (positive). */
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep(long)}, rounded up to whole milliseconds. */
  static Sleeper system() {
    return d -> Thread.sleep(Math.max(1, d.plusNanos(999_999).toMillis()));
  }
}
