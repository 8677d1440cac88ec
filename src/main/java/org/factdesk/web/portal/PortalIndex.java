package org.factdesk.web.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.desk.PublishedReader;
import org.factdesk.publish.FactCheckSearch;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.web.api.FactCheckQuery;
import org.factdesk.web.api.PublishedFactChecks;

/**
 * What the portal shows, in memory: every published fact-check (its published revision) in a
 * {@link FactCheckSearch} for search and category pages, plus the lists of the home page — featured
 * ("tiêu điểm"), latest ("mới nhất") and hot ("tin nóng": most viewed in the last 7 days by the
 * {@link VisitorCounter}, ties by newer publication).
 *
 * <p>Built from the database at start-up ({@link #rebuild}) and kept current by {@link #pollChanges}
 * (every few seconds, no wiring needed). <b>Hook for the publish workflow</b>, for an immediate update:
 * after a fact-check is published, re-published, unpublished or its featured flag/category changes,
 * call {@link #refresh(long)} with its id; it re-reads that one fact-check and updates the search
 * index and the lists (removing it when it has no published revision any more).
 *
 * <p>It is also the {@link PublishedFactChecks} of the API, feeds and embed card ({@code web.api}), so
 * every public surface reads the same, equally fresh set. After a category is
 * added or renamed, call {@link #refreshCategories}. Thread-safe.
 */
public final class PortalIndex implements PublishedFactChecks, AutoCloseable {
  /** The zone of {@link FactCheckQuery}'s days (the API's contract). */
  public static final ZoneId DESK_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Days counted for "tin nóng". */
  public static final int HOT_DAYS = 7;
  private final PublishedReader reader;
  private final VisitorCounter counter;
  private final Clock clock;
  private final Duration hotCacheFor;
  private final FactCheckSearch search = new FactCheckSearch(DESK_ZONE);
  /** Newest first publication first, then id descending; replaced whole on every change. */
  private volatile List<PublishedFactCheck> all = List.of();
  private volatile Map<String, PublishedFactCheck> bySlug = Map.of();
  private volatile List<PublishedReader.Category> categories = List.of();
  private volatile List<PublishedFactCheck> hot;
  private volatile Instant hotAt = Instant.MIN;
  private Instant lastChange;
  private final java.util.Set<Long> seenAtLastChange = new java.util.HashSet<>();

  /**
   * An empty index; call {@link #rebuild} to fill it.
   *
   * @param hotCacheFor how long the hot list is reused before page views are read again (zero: every call)
   */
  public PortalIndex(PublishedReader reader, VisitorCounter counter, Clock clock, Duration hotCacheFor) {
    this.reader = reader;
    this.counter = counter;
    this.clock = clock;
    this.hotCacheFor = hotCacheFor;
  }

  /** Re-reads every published fact-check from the database. */
  public synchronized void rebuild() {
    List<PublishedReader.Change> changes = reader.changedSince(null);
    remember(changes);
    List<PublishedFactCheck> fresh = reader.all();
    search.replaceAll(fresh);
    publish(fresh);
    categories = reader.categories();
  }

  /**
   * Picks up what the desk changed since the last look, without any wiring: every fact-check whose
   * {@code updated_at} moved is {@link #refresh refreshed}, and the categories are re-read. {@link Portal}
   * runs it every {@value Portal#POLL_SECONDS} s, so publishing through the workbench, the API or another
   * process sharing the database shows on the portal within that time even if nobody calls {@link #refresh}.
   *
   * @return the number of fact-checks refreshed
   */
  public synchronized int pollChanges() {
    List<PublishedReader.Change> changes = reader.changedSince(lastChange);
    int n = 0;
    for (PublishedReader.Change c : changes) {
      if (!(c.updatedAt().equals(lastChange) && seenAtLastChange.contains(c.id()))) {
        refresh(c.id());
        n++;
      }
    }
    remember(changes);
    categories = reader.categories();
    return n;
  }

  /** The newest change time seen and the ids changed at exactly that time (so they are not refreshed again). */
  private void remember(List<PublishedReader.Change> changes) {
    for (PublishedReader.Change c : changes) {
      if (lastChange == null || c.updatedAt().isAfter(lastChange)) {
        lastChange = c.updatedAt();
        seenAtLastChange.clear();
      }
      if (c.updatedAt().equals(lastChange)) {
        seenAtLastChange.add(c.id());
      }
    }
  }

  /**
   * Re-reads one fact-check after the desk changed it: upserts its published revision, or removes it
   * when it has none (never published, or unpublished). Unknown ids are removed, i.e. ignored.
   *
   * @param factCheckId {@code fact_checks.id}
   */
  public synchronized void refresh(long factCheckId) {
    Optional<PublishedFactCheck> f = reader.byId(factCheckId);
    List<PublishedFactCheck> next = new ArrayList<>(all);
    next.removeIf(x -> x.id() == factCheckId);
    if (f.isPresent()) {
      search.upsert(f.get());
      next.add(f.get());
    } else {
      search.remove(factCheckId);
    }
    publish(next);
    categories = reader.categories(); // counts changed; names may have too
  }

  private void publish(List<PublishedFactCheck> list) {
    List<PublishedFactCheck> sorted = new ArrayList<>(list);
    sorted.sort(NEWEST_FIRST);
    Map<String, PublishedFactCheck> slugs = new HashMap<>();
    for (PublishedFactCheck f : sorted) {
      slugs.put(f.slug(), f);
    }
    all = List.copyOf(sorted);
    bySlug = Map.copyOf(slugs);
    hot = null;
  }

  private static final Comparator<PublishedFactCheck> NEWEST_FIRST =
      Comparator.comparing(PublishedFactCheck::datePublished).reversed()
          .thenComparing(Comparator.comparingLong(PublishedFactCheck::id).reversed());

  /** The search index (for {@code /search} and category pages). */
  public FactCheckSearch search() {
    return search;
  }

  /** Re-reads the categories (after the desk adds or renames one); fact-checks are unchanged. */
  public synchronized void refreshCategories() {
    categories = reader.categories();
  }

  /** All categories by slug with their numbers of published fact-checks (as of the last rebuild/refresh). */
  public List<PublishedReader.Category> categories() {
    return categories;
  }

  /** The category with {@code slug}. */
  public Optional<PublishedReader.Category> category(String slug) {
    return categories.stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** Number of published fact-checks. */
  public int size() {
    return all.size();
  }

  /** The published fact-check with {@code slug}. */
  @Override
  public Optional<PublishedFactCheck> bySlug(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  /**
   * {@link PublishedFactChecks#search}: one page of the search index, whose date filter works in
   * {@link #DESK_ZONE} days like the query's.
   */
  @Override
  public List<PublishedFactCheck> search(FactCheckQuery q) {
    return search.search(new FactCheckSearch.Query(q.text(), q.category(), q.lang(), q.from(), q.to(), 0, q.limit()))
        .items();
  }

  /** The read model this index is built from (for other readers of published fact-checks). */
  public PublishedReader reader() {
    return reader;
  }

  /** Featured fact-checks, newest first, at most {@code limit}. */
  public List<PublishedFactCheck> featured(int limit) {
    return all.stream().filter(PublishedFactCheck::featured).limit(limit).toList();
  }

  /** The newest fact-checks, at most {@code limit}. */
  public List<PublishedFactCheck> latest(int limit) {
    return all.stream().limit(limit).toList();
  }

  /**
   * The most viewed fact-check pages ({@code /fact-checks/<slug>}) in the last {@value #HOT_DAYS} UTC
   * days including today, most views first, ties by newer publication; fact-checks without views are
   * not hot. At most {@code limit}.
   */
  public List<PublishedFactCheck> hot(int limit) {
    Instant now = clock.instant();
    List<PublishedFactCheck> cached = hot;
    if (cached == null || now.isBefore(hotAt) || !now.isBefore(hotAt.plus(hotCacheFor))) {
      cached = computeHot();
      hot = cached;
      hotAt = now;
    }
    return cached.stream().limit(limit).toList();
  }

  private List<PublishedFactCheck> computeHot() {
    LocalDate since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(HOT_DAYS - 1L);
    Map<String, PublishedFactCheck> slugs = bySlug;
    record Hot(PublishedFactCheck f, long views) {}
    List<Hot> list = new ArrayList<>();
    for (VisitorCounter.PathViews v : counter.mostViewed(PortalRoutes.FACT_CHECK_PATH, since, 200)) {
      PublishedFactCheck f = slugs.get(v.path().substring(PortalRoutes.FACT_CHECK_PATH.length()));
      if (f != null) {
        list.add(new Hot(f, v.views()));
      }
    }
    list.sort(Comparator.comparingLong(Hot::views).reversed()
        .thenComparing(h -> h.f(), NEWEST_FIRST));
    return list.stream().map(Hot::f).toList();
  }

  @Override
  public void close() throws IOException {
    search.close();
  }
}
