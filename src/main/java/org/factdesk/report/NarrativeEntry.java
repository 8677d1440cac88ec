package org.factdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.narratives.Alert;
import org.factdesk.narratives.BurstDetector;
import org.factdesk.narratives.OutletReach;

/**
 * One narrative as {@code narratives.jsonl} and the report show it: aggregates only, no author.
 *
 * @param id narrative id, e.g. {@code n-000001}
 * @param size posts in it
 * @param factCheck the linked fact-check (the majority confident best match of its posts), or null
 * @param verdict the fact-check's verdict as text, or null
 * @param firstSeen earliest publication time among its posts, or null when none is dated
 * @param lastSeen latest publication time, or null
 * @param daily posts per local day (only days with posts, ascending)
 * @param undated posts without a time
 * @param outlets reach per public page/outlet, largest first
 * @param engagement summed public engagement
 * @param samplePostIds up to 5 post ids, in arrival order
 * @param samplePosts posts for the report (filled for the narratives shown), in arrival order
 * @param rising burst score of the run's latest day against the days before it, or null when the
 *     run has no dated post
 * @param alerts alerts raised for it (rule "rated false/misleading and rising"), oldest first
 */
public record NarrativeEntry(String id, long size, FactCheck factCheck, String verdict, Instant firstSeen,
    Instant lastSeen, SortedMap<LocalDate, Long> daily, long undated, List<OutletReach> outlets, long engagement,
    List<String> samplePostIds, List<Post> samplePosts, BurstDetector.Burst rising, List<Alert> alerts) {
  public NarrativeEntry {
    daily = Collections.unmodifiableSortedMap(new TreeMap<>(daily));
    outlets = List.copyOf(outlets);
    samplePostIds = List.copyOf(samplePostIds);
    samplePosts = List.copyOf(samplePosts);
    alerts = List.copyOf(alerts);
  }

  /** This entry with the given sample posts. */
  public NarrativeEntry withSamplePosts(List<Post> posts) {
    return new NarrativeEntry(id, size, factCheck, verdict, firstSeen, lastSeen, daily, undated, outlets, engagement,
        samplePostIds, posts, rising, alerts);
  }

  /** The rising score, 0 when unknown. */
  public double risingScore() {
    return rising == null ? 0 : rising.score();
  }
}
