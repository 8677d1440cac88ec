package org.factdesk.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.match.ConfidenceBand;
import org.factdesk.match.PostMatches;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Match;
import org.factdesk.narratives.AlertRule;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.report.NarrativeEntry;
import org.factdesk.report.NarrativeSection;
import org.factdesk.store.PostStore;

/**
 * Narratives of everything ingested into the database, for the desk's dashboard and
 * {@code GET /api/v1/narratives}: the same clustering, fact-check linking, rising score and alert rule
 * as {@code factdesk run} ({@link NarrativeTracker}), fed from the {@code posts} table and each post's
 * stored best match instead of a run's input files.
 *
 * <p>Every appearance counts: stored posts and the sightings of exact duplicates ingest folded into
 * them (another page, URL or date), so volume and outlet reach match what was ingested.
 *
 * <p>Near-duplicates only (MinHash + LSH, no sentence vectors): encoding every stored post at each
 * refresh would cost minutes per 100k posts. Posts stream in seq (ingest) order; memory is the
 * clusterer's per-post signature plus the kept entries. "Rising" is judged on the latest day with a
 * post, as in the main job.
 */
public final class StoredNarratives {
  /** Entries kept in a snapshot (largest narratives first). */
  public static final int MAX_ENTRIES = 1000;

  /**
   * One computation.
   *
   * @param section top narratives by volume and by rising score, with the alerts raised
   * @param entries narratives with ≥ 2 posts, largest first, at most {@link #MAX_ENTRIES}
   * @param posts stored posts and sightings read
   * @param linked narratives (of any size) linked to a fact-check
   * @param computedAt when it was computed
   */
  public record Snapshot(NarrativeSection section, List<NarrativeEntry> entries, long posts, long linked,
      Instant computedAt) {
    /** A snapshot of an empty database. */
    public static Snapshot empty() {
      return new Snapshot(NarrativeSection.EMPTY, List.of(), 0, 0, Instant.EPOCH);
    }

    /** The entry with this narrative id ({@code n-000001}), if kept. */
    public Optional<NarrativeEntry> entry(String id) {
      return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
  }

  /** Looks up a fact-check by id (e.g. {@code FactCheckIndex.backend()::get}). */
  @FunctionalInterface
  public interface FactCheckLookup {
    Optional<FactCheck> get(String id) throws IOException;
  }

  private final PostStore posts;
  private final FactCheckLookup factChecks;
  private final ClustererSettings clustering;
  private final AlertRule rule;

  /**
   * @param posts the posts table
   * @param factChecks resolves stored match ids; a missing id leaves the post unlinked
   */
  public StoredNarratives(PostStore posts, FactCheckLookup factChecks, ClustererSettings clustering, AlertRule rule) {
    this.posts = posts;
    this.factChecks = factChecks;
    this.clustering = clustering;
    this.rule = rule;
  }

  /** With the main job's default clustering and alert rule. */
  public StoredNarratives(PostStore posts, FactCheckLookup factChecks) {
    this(posts, factChecks, ClustererSettings.defaults(), AlertRule.defaults());
  }

  /**
   * Clusters every stored post.
   *
   * @throws UncheckedIOException if a fact-check lookup fails
   */
  public Snapshot compute() {
    NarrativeTracker tracker = new NarrativeTracker(clustering, rule);
    Map<String, Optional<FactCheck>> cache = new HashMap<>();
    long[] n = {0};
    java.util.function.Consumer<PostStore.PostWithTopMatch> feed = row -> {
      n[0]++;
      List<RankedMatch> matches = new ArrayList<>(1);
      PostStore.MatchRow top = row.top();
      if (top != null) {
        Optional<FactCheck> fc = cache.computeIfAbsent(top.factCheckId(), id -> {
          try {
            return factChecks.get(id);
          } catch (IOException e) {
            throw new UncheckedIOException("looking up fact-check " + id, e);
          }
        });
        if (fc.isPresent()) {
          ConfidenceBand band = ConfidenceBand.valueOf(top.band().toUpperCase(Locale.ROOT));
          matches.add(new RankedMatch(new Match(row.post().post(), fc.get(), top.score(), 1, "stored"),
              top.confidence(), band));
        }
      }
      tracker.add(new PostMatches(row.post().post(), matches), null);
    };
    posts.forEachWithTopMatch(feed);
    posts.forEachSightingWithTopMatch(feed); // exact copies seen elsewhere count towards volume and reach
    List<NarrativeEntry> kept = new ArrayList<>();
    long[] linked = {0};
    NarrativeSection section;
    try {
      section = tracker.finish(e -> {
        if (e.factCheck() != null) {
          linked[0]++;
        }
        if (e.size() >= 2) {
          kept.add(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the sink above does no I/O
    }
    kept.sort(Comparator.comparingLong(NarrativeEntry::size).reversed().thenComparing(NarrativeEntry::id));
    List<NarrativeEntry> entries = kept.size() > MAX_ENTRIES ? List.copyOf(kept.subList(0, MAX_ENTRIES)) : kept;
    return new Snapshot(section, entries, n[0], linked[0], Instant.now());
  }
}
