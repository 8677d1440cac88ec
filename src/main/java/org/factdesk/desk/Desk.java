package org.factdesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import org.factdesk.store.Database;

/**
 * The desk's services over one database, built once at start-up (the rating scale is synced into the
 * {@code verdicts} table here). The web layer and {@code factdesk serve} take one of these.
 */
public final class Desk {
  private final Database db;
  private final Path dataDir;
  private final Clock clock;
  private final UserService users;
  private final AuditLog audit;
  private final RatingScale scale;
  private final DashboardService dashboard;

  private Desk(Database db, Path dataDir, Clock clock, RatingScale scale) {
    this.db = db;
    this.dataDir = dataDir;
    this.clock = clock;
    this.scale = scale;
    this.users = new UserService(db, clock);
    this.audit = new AuditLog(db);
    this.dashboard = new DashboardService(db);
  }

  /**
   * Builds the services and syncs the bundled rating scale into the database.
   *
   * @param dataDir where evidence files are kept ({@code <dataDir>/evidence})
   */
  public static Desk open(Database db, Path dataDir, Clock clock) {
    RatingScale scale = RatingScale.bundled();
    scale.sync(db);
    return new Desk(db, dataDir, clock, scale);
  }

  public Database db() {
    return db;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Clock clock() {
    return clock;
  }

  public UserService users() {
    return users;
  }

  public AuditLog audit() {
    return audit;
  }

  public RatingScale scale() {
    return scale;
  }

  public DashboardService dashboard() {
    return dashboard;
  }
}
