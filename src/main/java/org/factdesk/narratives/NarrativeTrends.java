package org.factdesk.narratives;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Time and outlet profile of one narrative: posts per hour or day, reach per public page/outlet.
 *
 * <p>Buckets are calendar hours or days in a time zone (default {@link #VIETNAM}), keyed by their
 * start instant; a day is midnight to midnight local time (23 or 25 hours on DST changes). Posts
 * without a time count in {@code posts}, {@code undated}, the outlets and the engagement, not in a
 * bucket. Outlets are the posts' {@code source}; authors are never looked at.
 *
 * @param narrativeId the narrative
 * @param zone time zone of the buckets
 * @param unit {@link ChronoUnit#HOURS} or {@link ChronoUnit#DAYS}
 * @param counts posts per bucket start, only buckets with posts, ascending
 * @param outlets reach per outlet, {@link OutletReach#LARGEST_FIRST}
 * @param posts all posts
 * @param undated posts without a time
 * @param totalEngagement summed engagement of all posts
 */
public record NarrativeTrends(String narrativeId, ZoneId zone, ChronoUnit unit, SortedMap<Instant, Long> counts,
    List<OutletReach> outlets, long posts, long undated, long totalEngagement) {
  /** Asia/Ho_Chi_Minh (UTC+7, no DST): the default zone. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public NarrativeTrends {
    counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    outlets = List.copyOf(outlets);
  }

  /**
   * Profiles a narrative.
   *
   * @throws IllegalArgumentException if the unit is not HOURS or DAYS
   */
  public static NarrativeTrends of(Narrative n, ZoneId zone, ChronoUnit unit) {
    checkUnit(unit);
    SortedMap<Instant, Long> counts = new TreeMap<>();
    Map<String, long[]> byOutlet = new HashMap<>();
    long undated = 0;
    long engagement = 0;
    for (NarrativePost p : n.posts()) {
      if (p.publishedAt() == null) {
        undated++;
      } else {
        counts.merge(bucketStart(p.publishedAt(), zone, unit), 1L, Long::sum);
      }
      long[] r = byOutlet.computeIfAbsent(p.source() == null ? OutletReach.UNKNOWN : p.source(), s -> new long[2]);
      r[0]++;
      r[1] += p.engagement();
      engagement += p.engagement();
    }
    return new NarrativeTrends(n.id(), zone, unit, counts, outlets(byOutlet), n.size(), undated, engagement);
  }

  /** {@link #of(Narrative, ZoneId, ChronoUnit)} with days in {@link #VIETNAM}. */
  public static NarrativeTrends daily(Narrative n) {
    return of(n, VIETNAM, ChronoUnit.DAYS);
  }

  /** Posts in {@code buckets} consecutive buckets from the one containing {@code from}, zeros included. */
  public long[] series(Instant from, int buckets) {
    long[] out = new long[buckets];
    Instant start = bucketStart(from, zone, unit);
    for (int i = 0; i < buckets; i++) {
      out[i] = counts.getOrDefault(start, 0L);
      start = next(start, zone, unit);
    }
    return out;
  }

  /** Start of the hour or local day containing {@code t}. */
  public static Instant bucketStart(Instant t, ZoneId zone, ChronoUnit unit) {
    checkUnit(unit);
    return t.atZone(zone).truncatedTo(unit).toInstant();
  }

  /** Start of the bucket after the one starting at {@code start}. */
  public static Instant next(Instant start, ZoneId zone, ChronoUnit unit) {
    return bucketStart(start.atZone(zone).plus(1, unit).toInstant(), zone, unit);
  }

  /** Start of the bucket {@code k} buckets before the one starting at {@code start}. */
  public static Instant minus(Instant start, int k, ZoneId zone, ChronoUnit unit) {
    return bucketStart(start.atZone(zone).minus(k, unit).toInstant(), zone, unit);
  }

  static List<OutletReach> outlets(Map<String, long[]> byOutlet) {
    List<OutletReach> out = new ArrayList<>();
    byOutlet.forEach((o, r) -> out.add(new OutletReach(o, r[0], r[1])));
    out.sort(OutletReach.LARGEST_FIRST);
    return out;
  }

  private static void checkUnit(ChronoUnit unit) {
    if (unit != ChronoUnit.HOURS && unit != ChronoUnit.DAYS) {
      throw new IllegalArgumentException("buckets are HOURS or DAYS, got " + unit);
    }
  }
}
