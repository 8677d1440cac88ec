package org.factdesk.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.FactCheck;
import org.factdesk.narratives.Alert;
import org.factdesk.narratives.AlertLog;
import org.factdesk.narratives.AlertRule;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.narratives.Narrative;
import org.factdesk.narratives.NarrativeClusterer;
import org.factdesk.narratives.NarrativeTrends;
import org.factdesk.store.Database;
import org.factdesk.store.PostStore;

/**
 * Rebuilds the narratives of the stored posts and persists their alerts, for the dashboard: every
 * stored post (storage order; near-duplicates only, no sentence vectors) is assigned with
 * {@link NarrativeClusterer}; each narrative is linked to the fact-check most of its posts matched in
 * the confident band (ties: the one voted first, as in the main job) with that fact-check's rating;
 * {@link AlertRule} is evaluated at every window with posts, and new alerts are stored by
 * {@link AlertService#store} (one per narrative and window). Narrative ids follow first appearance in
 * storage order, so they are stable while posts are only added.
 *
 * <p>Memory: the clusterer's per-post state (a MinHash signature, no text); one pass over the posts.
 */
public final class NarrativeScan {
  private final Database db;
  private final FactCheckCatalog catalog;
  private final AlertService alerts;
  private final ClustererSettings settings;
  private final AlertRule rule;

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

  /** Runs the scan and stores new alerts. */
  public Result run() {
    NarrativeClusterer clusterer = new NarrativeClusterer(settings);
    Map<Long, String> confident = confidentMatches();
    Map<String, LinkedHashMap<String, Integer>> votes = new HashMap<>();
    long[] posts = {0};
    new PostStore(db).forEachAfter(0, sp -> {
      var p = sp.post();
      var e = p.engagement();
      String n = clusterer.assign(Long.toString(sp.seq()), p.text(), null, p.publishedAt(), p.source(),
          e.likes() + e.shares() + e.comments());
      String fc = confident.get(sp.seq());
      if (fc != null) {
        votes.computeIfAbsent(n, k -> new LinkedHashMap<>()).merge(fc, 1, Integer::sum);
      }
      posts[0]++;
    });
    int linked = 0;
    for (Map.Entry<String, LinkedHashMap<String, Integer>> v : votes.entrySet()) {
      Optional<FactCheck> fc = majority(v.getValue()).flatMap(catalog::get);
      if (fc.isPresent()) {
        clusterer.link(v.getKey(), fc.get().id(), fc.get().reviewRating());
        linked++;
      }
    }
    AlertLog log = new AlertLog();
    List<Alert> found = new ArrayList<>();
    for (Narrative n : clusterer.narratives()) {
      if (n.factCheck() == null) {
        continue;
      }
      for (Instant w : NarrativeTrends.of(n, rule.zone(), rule.window()).counts().keySet()) {
        rule.evaluate(n, w).filter(log::add).ifPresent(found::add);
      }
    }
    int added = alerts.store(found);
    return new Result(posts[0], clusterer.size(), linked, found.size(), added);
  }

  private Map<Long, String> confidentMatches() {
    Map<Long, String> out = new HashMap<>();
    db.jdbi().useHandle(h -> h.createQuery(
            "SELECT post_seq, fact_check_id FROM post_matches WHERE rank = 1 AND band = 'confident'")
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  private static Optional<String> majority(LinkedHashMap<String, Integer> votes) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }
}
