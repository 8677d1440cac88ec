package org.factdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The factdesk database: a pooled connection (HikariCP) to embedded H2 or PostgreSQL, migrated to
 * the current schema by Flyway on open.
 *
 * <p>The default is an H2 file database {@code <dataDir>/factdesk.mv.db}, opened by one process at
 * a time (H2's file lock): a second process gets {@link DatabaseLockedException}.
 */
public final class Database implements Closeable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final String url;

  private Database(HikariDataSource dataSource, String url) {
    this.dataSource = dataSource;
    this.url = url;
    this.jdbi = Jdbi.create(dataSource);
  }

  /** The JDBC URL of the embedded default database under {@code dataDir}. */
  public static String embeddedUrl(Path dataDir) {
    // LOCK_TIMEOUT in ms for row locks; the file lock (one process) is H2's default FILE_LOCK=FILE
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("factdesk") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
  }

  /**
   * Opens and migrates the database.
   *
   * @param jdbcUrl a {@code jdbc:h2:...} or {@code jdbc:postgresql://...} URL (user and password
   *     may be given as URL parameters, or in {@code FACTDESK_DB_USER}/{@code FACTDESK_DB_PASSWORD})
   * @throws DatabaseLockedException if the embedded database is in use by another process
   * @throws DatabaseUnavailableException if the database cannot be reached or migrated (message names the
   *     URL without credentials)
   */
  public static Database open(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    String user = System.getenv("FACTDESK_DB_USER");
    if (user != null) {
      config.setUsername(user);
      config.setPassword(System.getenv("FACTDESK_DB_PASSWORD"));
    }
    config.setMaximumPoolSize(4);
    config.setPoolName("factdesk-db");
    config.setInitializationFailTimeout(-1); // fail in our own check below, with our message
    java.util.Properties credentials = new java.util.Properties();
    if (user != null) {
      credentials.setProperty("user", user);
      credentials.setProperty("password", String.valueOf(System.getenv("FACTDESK_DB_PASSWORD")));
    }
    try (var probe = java.sql.DriverManager.getConnection(jdbcUrl, credentials)) {
      // one direct connection first: the pool would retry a locked or unreachable database for 30 s
      probe.isValid(5);
    } catch (SQLException e) {
      String safeUrl = redact(jdbcUrl);
      if (isLocked(e)) {
        throw new DatabaseLockedException("database " + safeUrl + " is open in another process");
      }
      throw new DatabaseUnavailableException("cannot open database " + safeUrl + ": " + rootMessage(e), e);
    }
    HikariDataSource ds = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      return new Database(ds, jdbcUrl);
    } catch (RuntimeException e) {
      ds.close();
      String safeUrl = redact(jdbcUrl);
      if (isLocked(e)) {
        throw new DatabaseLockedException("database " + safeUrl + " is open in another process");
      }
      throw new DatabaseUnavailableException("cannot open database " + safeUrl + ": " + rootMessage(e), e);
    }
  }

  /** The JDBI handle factory; each call of {@code inTransaction} is one atomic commit. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** {@code h2} or {@code postgresql} (the JDBC sub-protocol). */
  public String kind() {
    String rest = url.substring("jdbc:".length());
    return rest.substring(0, rest.indexOf(':'));
  }

  /** The URL without any password parameter, for logs. */
  public String describe() {
    return redact(url);
  }

  @Override
  public void close() {
    dataSource.close();
  }

  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  private static boolean isLocked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Database may be already in use") || m.contains("90020")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = String.valueOf(t.getMessage());
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
