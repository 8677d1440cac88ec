package org.factdesk.desk;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.factdesk.claims.ClaimExtractor;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.store.Database;
import org.factdesk.pipeline.MatchingSettings;

/**
 * The desk's services over one database and data directory, built once at start-up (the rating
 * scale is synced into the {@code verdicts} table here). The web layer and {@code factdesk serve}
 * take one of these. Closing it closes the posts-search reader (not the database or the index).
 */
public final class Desk implements Closeable {
  private final Database db;
  private final Path dataDir;
  private final Clock clock;
  private final RatingScale scale;
  private final UserService users;
  private final AuditLog audit;
  private final DashboardService dashboard;
  private final CaseService cases;
  private final EvidenceService evidence;
  private final FactCheckService factChecks;
  private final MatchFeedbackService feedback;
  private final AlertService alerts;
  private final PostService posts;
  private final CategoryService categories;
  private final FactCheckCatalog catalog;
  private final PostSearch postSearch;
  private final ApiTokenService tokens;
  private ClaimExtractor claims;
  private NarrativeScan narrativeScan;

  private Desk(Database db, Path dataDir, Clock clock, RatingScale scale, FactCheckIndex index,
      MatchingSettings settings) {
    this.db = db;
    this.dataDir = dataDir;
    this.clock = clock;
    this.scale = scale;
    this.users = new UserService(db, clock);
    this.audit = new AuditLog(db);
    this.dashboard = new DashboardService(db);
    this.cases = new CaseService(db, clock);
    this.evidence = new EvidenceService(db, dataDir, clock);
    this.factChecks = new FactCheckService(db, clock, scale, cases);
    this.feedback = new MatchFeedbackService(db, clock);
    this.alerts = new AlertService(db, clock);
    this.posts = new PostService(db);
    this.categories = new CategoryService(db, clock);
    this.catalog = new FactCheckCatalog(index, settings.fieldBoosts());
    this.postSearch = new PostSearch(dataDir, settings.analysis());
    this.tokens = new ApiTokenService(db, clock);
  }

  /** The desk without a fact-check index (searches over fact-checks find nothing). */
  public static Desk open(Database db, Path dataDir, Clock clock) {
    return open(db, dataDir, clock, null, MatchingSettings.defaults());
  }

  /**
   * Builds the services and syncs the bundled rating scale into the database.
   *
   * @param dataDir evidence files ({@code <dataDir>/evidence}) and the posts index ({@code <dataDir>/posts-index})
   * @param index the fact-check index for suggested matches and search, or null
   * @param settings the matching settings the indexes were built with (analysis, field weights)
   */
  public static Desk open(Database db, Path dataDir, Clock clock, FactCheckIndex index, MatchingSettings settings) {
    RatingScale scale = RatingScale.bundled();
    scale.sync(db);
    return new Desk(db, dataDir, clock, scale, index, settings);
  }

  /** The database. */
  public Database db() {
    return db;
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** The clock all services use. */
  public Clock clock() {
    return clock;
  }

  /** The rating scale. */
  public RatingScale scale() {
    return scale;
  }

  /** The users service. */
  public UserService users() {
    return users;
  }

  /** The audit service. */
  public AuditLog audit() {
    return audit;
  }

  /** The dashboard service. */
  public DashboardService dashboard() {
    return dashboard;
  }

  /** The cases service. */
  public CaseService cases() {
    return cases;
  }

  /** The evidence service. */
  public EvidenceService evidence() {
    return evidence;
  }

  /** The factChecks service. */
  public FactCheckService factChecks() {
    return factChecks;
  }

  /** The feedback service. */
  public MatchFeedbackService feedback() {
    return feedback;
  }

  /** The alerts service. */
  public AlertService alerts() {
    return alerts;
  }

  /** The posts service. */
  public PostService posts() {
    return posts;
  }

  /** The categories service. */
  public CategoryService categories() {
    return categories;
  }

  /** The catalog service. */
  public FactCheckCatalog catalog() {
    return catalog;
  }

  /** The postSearch service. */
  public PostSearch postSearch() {
    return postSearch;
  }

  /**
   * The check-worthiness extractor (the bundled learned model), loaded on first use.
   *
   * @throws java.io.UncheckedIOException if the model cannot be read
   */
  public synchronized ClaimExtractor claims() {
    if (claims == null) {
      try {
        claims = ClaimExtractor.standard();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot load the check-worthiness model", e);
      }
    }
    return claims;
  }

  /**
   * The narrative scan over the stored posts (default clusterer and alert rule): one instance per desk,
   * so the snapshot a scheduled {@link NarrativeScan#run} keeps is the one readers see.
   */
  public synchronized NarrativeScan narrativeScan() {
    if (narrativeScan == null) {
      narrativeScan = new NarrativeScan(db, catalog, alerts, org.factdesk.narratives.ClustererSettings.defaults(),
          org.factdesk.narratives.AlertRule.defaults());
    }
    return narrativeScan;
  }

  /** The tokens service. */
  public ApiTokenService tokens() {
    return tokens;
  }

  @Override
  public void close() throws IOException {
    postSearch.close();
  }
}
