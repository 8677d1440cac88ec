package org.factdesk.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.factdesk.match.ConfidenceBand;
import org.factdesk.match.PostMatches;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.model.Rating;
import org.factdesk.narratives.Alert;
import org.factdesk.narratives.AlertLog;
import org.factdesk.narratives.AlertRule;
import org.factdesk.narratives.BurstDetector;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.narratives.Narrative;
import org.factdesk.narratives.NarrativeClusterer;
import org.factdesk.narratives.NarrativePost;
import org.factdesk.narratives.NarrativeTrends;
import org.factdesk.report.NarrativeEntry;
import org.factdesk.report.NarrativeSection;

/**
 * The main job's narratives: assigns each matched post to a narrative ({@link NarrativeClusterer}),
 * links each narrative to the fact-check most of its posts matched confidently, and at the end
 * gives one {@link NarrativeEntry} per narrative with its days, outlets, rising score and alerts.
 *
 * <p>Link: every post whose best match is in the confident band votes for that fact-check; the
 * narrative is linked to the fact-check with most votes, ties to the one voted first, and carries
 * its {@link Rating}. Rising: {@link BurstDetector} on the run's latest local day with a post (the
 * data's "today", not the wall clock, so replaying old data gives the same answer) against the
 * {@code rule.historyWindows()} days before it. Alerts: {@code rule} evaluated at every window in
 * which the narrative has posts (what hourly/daily evaluation during the run would have raised,
 * with the final link), de-duplicated by {@link AlertLog}.
 *
 * <p>Memory: besides the clusterer's own state (one MinHash signature and one small {@link
 * NarrativePost} per post: no text, no author), it keeps per narrative at most 5 sample ids and the
 * fact-check votes, and no post text: the entries' {@code samplePosts} are empty, and the main job
 * fills them for the report's few narratives from {@code matches.jsonl} ({@link SamplePosts}).
 * Never reads {@code authorKey}. Not thread-safe: feed posts in input order.
 */
final class NarrativeTracker {
  static final int SAMPLE_IDS = 5;
  static final int TOP = 10;

  private static final class Agg {
    final List<String> ids = new ArrayList<>(1);
    LinkedHashMap<String, Integer> votes;
  }

  private final NarrativeClusterer clusterer;
  private final AlertRule rule;
  private final ZoneId zone;
  private final List<Agg> aggs = new ArrayList<>();
  private final Map<String, FactCheck> factChecks = new HashMap<>();
  private Instant latest;

  NarrativeTracker(ClustererSettings settings, AlertRule rule) {
    this.clusterer = new NarrativeClusterer(settings);
    this.rule = rule;
    this.zone = rule.zone();
  }

  /**
   * Assigns a matched post.
   *
   * @param vector the post's unit sentence vector, or null (near-duplicates only)
   * @return the narrative id
   */
  String add(PostMatches pm, float[] vector) {
    Post post = pm.post();
    String id = clusterer.assign(post, vector);
    int i = Integer.parseInt(id.substring(2)) - 1;
    while (aggs.size() <= i) {
      aggs.add(new Agg());
    }
    Agg a = aggs.get(i);
    if (a.ids.size() < SAMPLE_IDS && !a.ids.contains(post.id())) {
      a.ids.add(post.id());
    }
    if (pm.band() == ConfidenceBand.CONFIDENT) {
      RankedMatch top = pm.matches().get(0);
      FactCheck fc = top.match().factCheck();
      factChecks.putIfAbsent(fc.id(), fc);
      if (a.votes == null) {
        a.votes = new LinkedHashMap<>();
      }
      a.votes.merge(fc.id(), 1, Integer::sum);
    }
    if (post.publishedAt() != null && (latest == null || post.publishedAt().isAfter(latest))) {
      latest = post.publishedAt();
    }
    return id;
  }

  /** Narratives so far. */
  int size() {
    return aggs.size();
  }

  /** The run's latest local day with a post, or null when no post is dated. */
  LocalDate asOf() {
    return latest == null ? null : latest.atZone(zone).toLocalDate();
  }

  /**
   * Links every narrative to its majority fact-check and builds its entry.
   *
   * @param sink receives the entries by id (e.g. the {@code narratives.jsonl} writer)
   * @return the report's section
   */
  NarrativeSection finish(EntrySink sink) throws java.io.IOException {
    AlertLog alertLog = new AlertLog();
    Comparator<NarrativeEntry> byVolume = Comparator.comparingLong(NarrativeEntry::size).reversed()
        .thenComparing(Comparator.comparingLong(NarrativeEntry::engagement).reversed())
        .thenComparing(NarrativeEntry::id);
    Comparator<NarrativeEntry> byRising = Comparator.comparingDouble(NarrativeEntry::risingScore).reversed()
        .thenComparing(Comparator.comparingLong(NarrativeEntry::size).reversed())
        .thenComparing(NarrativeEntry::id);
    TopN volume = new TopN(byVolume);
    TopN rising = new TopN(byRising);
    List<Alert> alerts = new ArrayList<>();
    long multi = 0;
    for (int i = 0; i < aggs.size(); i++) {
      String id = String.format(java.util.Locale.ROOT, "n-%06d", i + 1);
      Agg a = aggs.get(i);
      FactCheck fc = majority(a.votes);
      if (fc != null) {
        clusterer.link(id, fc.id(), fc.reviewRating());
      }
      Narrative n = clusterer.narrative(id);
      List<Alert> own = new ArrayList<>();
      NarrativeTrends windows = NarrativeTrends.of(n, zone, rule.window());
      for (Instant w : windows.counts().keySet()) {
        rule.evaluate(n, w).filter(alertLog::add).ifPresent(own::add);
      }
      alerts.addAll(own);
      NarrativeEntry e = entry(n, a, fc, own);
      sink.accept(e);
      if (e.size() >= 2) {
        multi++;
        volume.offer(e);
        if (e.rising() != null && e.rising().rising(0)) {
          rising.offer(e);
        }
      }
      aggs.set(i, null); // done: let the samples go
    }
    return new NarrativeSection(aggs.size(), multi, volume.sorted(), rising.sorted(), alerts,
        asOf() == null ? null : asOf().toString());
  }

  /** Receives narrative entries. */
  interface EntrySink {
    void accept(NarrativeEntry e) throws java.io.IOException;
  }

  private NarrativeEntry entry(Narrative n, Agg a, FactCheck fc, List<Alert> alerts) {
    NarrativeTrends daily = NarrativeTrends.of(n, zone, ChronoUnit.DAYS);
    SortedMap<LocalDate, Long> days = new TreeMap<>();
    daily.counts().forEach((t, c) -> days.put(t.atZone(zone).toLocalDate(), c));
    Instant first = null;
    Instant last = null;
    for (NarrativePost p : n.posts()) {
      Instant t = p.publishedAt();
      if (t != null) {
        first = first == null || t.isBefore(first) ? t : first;
        last = last == null || t.isAfter(last) ? t : last;
      }
    }
    BurstDetector.Burst burst = null;
    if (latest != null) {
      Instant today = NarrativeTrends.bucketStart(latest, zone, ChronoUnit.DAYS);
      int h = rule.historyWindows();
      long[] history = daily.series(NarrativeTrends.minus(today, h, zone, ChronoUnit.DAYS), h);
      burst = BurstDetector.score(history, daily.counts().getOrDefault(today, 0L));
    }
    return new NarrativeEntry(n.id(), n.size(), fc, fc == null ? null : verdictText(fc.reviewRating()), first, last,
        days, daily.undated(), daily.outlets(), daily.totalEngagement(), a.ids, List.of(), burst, alerts);
  }

  private FactCheck majority(LinkedHashMap<String, Integer> votes) {
    if (votes == null) {
      return null;
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) { // insertion order: ties go to the first voted
      if (v.getValue() > most) {
        best = v.getKey();
        most = v.getValue();
      }
    }
    return factChecks.get(best);
  }

  /** The verdict as text: its name, else "value/best", else null. */
  static String verdictText(Rating r) {
    if (r == null) {
      return null;
    }
    if (r.alternateName() != null && !r.alternateName().isBlank()) {
      return r.alternateName();
    }
    return r.ratingValue() == null ? null : r.ratingValue() + "/" + (r.bestRating() == null ? 5.0 : r.bestRating());
  }

  /** Keeps the best {@link #TOP} entries without holding all of them. */
  private static final class TopN {
    private final Comparator<NarrativeEntry> order;
    private final java.util.PriorityQueue<NarrativeEntry> worstFirst;

    TopN(Comparator<NarrativeEntry> order) {
      this.order = order;
      this.worstFirst = new java.util.PriorityQueue<>(order.reversed());
    }

    void offer(NarrativeEntry e) {
      worstFirst.add(e);
      if (worstFirst.size() > TOP) {
        worstFirst.poll();
      }
    }

    List<NarrativeEntry> sorted() {
      List<NarrativeEntry> out = new ArrayList<>(worstFirst);
      out.sort(order);
      return out;
    }
  }
}
