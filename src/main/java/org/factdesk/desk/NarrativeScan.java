package org.factdesk.desk;

import java.util.List;
import org.factdesk.narratives.Alert;
import org.factdesk.narratives.AlertRule;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.pipeline.StoredNarratives;
import org.factdesk.store.Database;
import org.factdesk.store.PostStore;

/**
 * Rebuilds the narratives of the stored posts and persists their alerts, for the dashboard and
 * {@code GET /api/v1/narratives}: {@link StoredNarratives} (the main job's clustering, confident-band
 * fact-check linking, rising score and {@link AlertRule}, over stored posts and the sightings of their
 * exact copies), then new alerts are stored by {@link AlertService#store} (one per narrative and
 * window). Narrative ids follow first appearance in storage order, so they are stable while posts are
 * only added. The last snapshot is kept for readers ({@link #latest()}).
 *
 * <p>Memory: the clusterer's per-post state (a MinHash signature, no text); one pass over the posts.
 */
public final class NarrativeScan {
  private final Database db;
  private final FactCheckCatalog catalog;
  private final AlertService alerts;
  private final ClustererSettings settings;
  private final AlertRule rule;
  private volatile StoredNarratives.Snapshot latest = StoredNarratives.Snapshot.empty();

  public NarrativeScan(Database db, FactCheckCatalog catalog, AlertService alerts, ClustererSettings settings,
      AlertRule rule) {
    this.db = db;
    this.catalog = catalog;
    this.alerts = alerts;
    this.settings = settings;
    this.rule = rule;
  }

  /** What a scan found. */
  public record Result(long posts, int narratives, int linked, int alerts, int newAlerts) {}

  /** Runs the scan, keeps its snapshot and stores new alerts. */
  public Result run() {
    StoredNarratives.Snapshot s = new StoredNarratives(new PostStore(db), catalog::get, settings, rule).compute();
    latest = s;
    List<Alert> found = s.section().alerts();
    int added = alerts.store(found);
    return new Result(s.posts(), (int) s.section().narratives(), (int) s.linked(), found.size(), added);
  }

  /** The last scan's narratives (empty before the first scan). */
  public StoredNarratives.Snapshot latest() {
    return latest;
  }
}
