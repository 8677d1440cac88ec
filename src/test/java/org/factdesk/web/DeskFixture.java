package org.factdesk.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factdesk.desk.Actor;
import org.factdesk.desk.Desk;
import org.factdesk.desk.Role;
import org.factdesk.store.Database;
import org.factdesk.store.TestDatabases;

/** A desk on a fresh test database with one account per role (password {@value #PASSWORD}). */
final class DeskFixture implements AutoCloseable {
  static final String PASSWORD = "correct-horse-42";
  final Database db;
  final Desk desk;
  final MutableClock clock = new MutableClock();

  DeskFixture(Path dir) {
    db = TestDatabases.fresh(dir);
    desk = Desk.open(db, dir, clock);
    for (Role r : Role.values()) {
      desk.users().create(Actor.system(), r.code(), PASSWORD, r);
    }
  }

  Javalin app() {
    return WebApp.create(WebConfig.of(0), desk, new LoginRateLimiter(5, Duration.ofMinutes(15), clock), List.of());
  }

  @Override
  public void close() {
    db.close();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private java.time.Instant now = java.time.Instant.parse("2026-03-01T08:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
