package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fresh, migrated database for a test: embedded H2 in the test's temporary directory by default,
 * or — when the environment variable {@code FACTDESK_TEST_PG_URL} names a PostgreSQL server, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/factdesk_test?user=factdesk&password=factdesk} — a new
 * schema on that server ({@code currentSchema=t_<random>}), so the same test classes run on both.
 * {@code .ci/postgres.sh} starts such a server.
 */
public final class TestDatabases {
  /** The environment variable naming the PostgreSQL test server. */
  public static final String PG_ENV = "FACTDESK_TEST_PG_URL";
  private static final AtomicLong COUNTER = new AtomicLong();

  private TestDatabases() {}

  /** Whether tests run against PostgreSQL. */
  public static boolean postgres() {
    String url = System.getenv(PG_ENV);
    return url != null && !url.isBlank();
  }

  /** Opens a fresh database; for H2, under {@code dir}. */
  public static Database fresh(Path dir) {
    if (!postgres()) {
      return Database.open(Database.embeddedUrl(dir));
    }
    String base = System.getenv(PG_ENV);
    String schema = "t_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT) + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(PG_ENV + ": cannot create a test schema on " + Database.redact(base) + ": "
          + e.getMessage(), e);
    }
    return Database.open(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }
}
