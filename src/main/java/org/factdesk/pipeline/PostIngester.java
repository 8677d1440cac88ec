package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.factdesk.index.lucene.PostIndex;
import org.factdesk.ingest.Quarantine;
import org.factdesk.ingest.ReadStats;
import org.factdesk.ingest.RecordReader;
import org.factdesk.ingest.Rejection;
import org.factdesk.ingest.dedupe.DedupeKeys;
import org.factdesk.ingest.dedupe.UrlCanonicalizer;
import org.factdesk.match.ConfidenceBand;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.PostMatches;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.Post;
import org.factdesk.store.CheckpointStore;
import org.factdesk.store.Database;
import org.factdesk.store.PostStore;
import org.factdesk.store.QuarantineStore;
import org.factdesk.store.StoredPost;
import org.factdesk.text.HandleMasking;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;

/**
 * Streams one post input into storage: records are taken in batches; each batch is deduplicated
 * against the database, its new posts are analysed and matched on the worker pool, and then its
 * posts, dedupe keys, sightings, rejections, matches and the input's checkpoint are committed in
 * <em>one</em> database transaction on the single writer thread — so a killed import leaves either
 * all of a batch or none of it, and a re-run skips exactly the committed records. The posts index
 * is updated after each commit and catches up from the database after a crash (see {@link
 * PostIndex}).
 *
 * <p>Memory is bounded by two batches (one being written while the next is read and matched).
 */
final class PostIngester {
  private final Database db;
  private final PostStore posts;
  private final CheckpointStore checkpoints;
  private final QuarantineStore quarantine;
  private final PostIndex postIndex;
  private final MultilingualMatchAnalysis analysis;
  private final MatchPipeline matcher; // null: store without matching
  private final int topK;
  private final int batchSize;
  private final ExecutorService pool;
  private final int threads;
  private final ExecutorService writer;
  private final IngestCounts counts;
  private final PrintStream log;
  private final Clock clock;
  private long nextSeq;
  private final java.util.ArrayDeque<Future<?>> inFlight = new java.util.ArrayDeque<>();
  /** Batches handed over but not yet committed, at most (one being written, the next being matched). */
  static final int MAX_IN_FLIGHT = 2;
  private long lastIndexCommitNanos = System.nanoTime();
  private long writtenSeq;

  PostIngester(Database db, PostIndex postIndex, MultilingualMatchAnalysis analysis, MatchPipeline matcher, int topK,
      int batchSize, ExecutorService pool, int threads, ExecutorService writer, IngestCounts counts, PrintStream log,
      Clock clock) {
    this.db = db;
    this.posts = new PostStore(db);
    this.checkpoints = new CheckpointStore(db);
    this.quarantine = new QuarantineStore(db);
    this.postIndex = postIndex;
    this.analysis = analysis;
    this.matcher = matcher;
    this.topK = topK;
    this.batchSize = batchSize;
    this.pool = pool;
    this.threads = threads;
    this.writer = writer;
    this.counts = counts;
    this.log = log;
    this.clock = clock;
    this.nextSeq = posts.maxSeq();
    this.writtenSeq = nextSeq;
  }

  /** One record of the input in order: a post or a rejection. */
  private record Item(long ordinal, Post post, Rejection rejection) {}

  /** A post read, keyed, analysed and matched on the pool — before the writer decides if it is new. */
  private record Prepared(Item item, String canonicalUrl, DedupeKeys keys, String language, List<String> terms,
      List<String> folded, PostMatches matches) {}

  /** A post that will be stored. */
  private record NewPost(long seq, Prepared p, Long root) {}

  /**
   * Reads {@code file} with {@code reader} and stores its posts, skipping the first {@code skip}
   * records (committed by an earlier, interrupted run).
   *
   * @param sourceKey checkpoint key (absolute path or URL)
   * @param identity the input's identity for the checkpoint
   * @param origin what to record as the posts' origin (path or URL)
   * @param progress advanced per committed record
   * @return the reader's counts for this pass (skipped records not included)
   */
  ReadStats ingest(String sourceKey, String identity, String origin, RecordReader<Post> reader, Path file, long skip,
      Progress progress, Quarantine logOnly) throws IOException {
    List<Item> batch = new ArrayList<>(batchSize);
    long[] ordinal = {0};
    Quarantine q = new Quarantine() {
      @Override
      public void reject(Rejection r) {
        if (++ordinal[0] > skip) {
          logOnly.reject(r);
          batch.add(new Item(ordinal[0], null, r));
          maybeFlush(batch, sourceKey, identity, origin, progress);
        }
      }

      @Override
      public void warn(String f, long line, String message) {
        if (ordinal[0] >= skip) {
          logOnly.warn(f, line, message);
          counts.warned();
        }
      }
    };
    ReadStats stats = reader.read(file, post -> {
      if (++ordinal[0] > skip) {
        batch.add(new Item(ordinal[0], withoutHandles(post), null));
        maybeFlush(batch, sourceKey, identity, origin, progress);
      }
    }, q);
    flush(batch, sourceKey, identity, origin, Math.max(ordinal[0], skip), true, progress);
    awaitPending();
    return stats;
  }

  /**
   * The post with {@code @handles} mentioned in its text masked ({@link HandleMasking}): handles
   * of people are never stored or indexed, whether they wrote the post or are named in it.
   */
  static Post withoutHandles(Post p) {
    String masked = HandleMasking.mask(p.text());
    return masked.equals(p.text()) ? p
        : new Post(p.id(), p.source(), p.url(), p.publishedAt(), masked, p.language(), p.authorKey(), p.engagement());
  }

  /** Waits until every batch handed over so far is committed (rethrowing a failure). */
  void awaitPending() {
    while (!inFlight.isEmpty()) {
      awaitOldest();
    }
  }

  private void awaitOldest() {
    Future<?> f = inFlight.removeFirst();
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while committing", e);
    } catch (ExecutionException e) {
      inFlight.clear();
      throw rethrow(e.getCause());
    }
  }

  /** Commits the posts index as covering everything written so far. */
  void commitIndex() throws IOException {
    awaitPending();
    postIndex.commit(writtenSeq);
    lastIndexCommitNanos = System.nanoTime();
  }

  private void maybeFlush(List<Item> batch, String sourceKey, String identity, String origin, Progress progress) {
    if (batch.size() >= batchSize) {
      flush(batch, sourceKey, identity, origin, batch.get(batch.size() - 1).ordinal(), false, progress);
    }
  }

  /**
   * Hands a batch over: its posts are keyed, analysed and matched on the pool while the reader goes
   * on; the single writer thread then deduplicates them against the database (which holds every
   * earlier batch, since the writer commits in order) and commits. At most {@link #MAX_IN_FLIGHT}
   * batches are in flight, which bounds memory.
   */
  private void flush(List<Item> batch, String sourceKey, String identity, String origin, long recordsDone,
      boolean complete, Progress progress) {
    while (inFlight.size() >= MAX_IN_FLIGHT) {
      awaitOldest();
    }
    List<Item> items = List.copyOf(batch);
    batch.clear();
    List<Item> postItems = items.stream().filter(it -> it.post() != null).toList();
    List<Future<List<Prepared>>> slices = submitSlices(postItems, this::prepare);
    CheckpointStore.Checkpoint cp = new CheckpointStore.Checkpoint(sourceKey, identity, recordsDone, complete);
    inFlight.addLast(writer.submit(() -> {
      List<Prepared> prepared = new ArrayList<>(postItems.size());
      for (Future<List<Prepared>> f : slices) {
        prepared.addAll(f.get());
      }
      commitBatch(items, prepared, cp, origin);
      progress.step(items.size());
      return null;
    }));
  }

  /** Pool side: canonical URL, dedupe keys, analysis (terms for the posts index) and matches. */
  private Prepared prepare(Item it) {
    Post post = it.post();
    String c = UrlCanonicalizer.canonicalize(post.url());
    DedupeKeys k = DedupeKeys.of(post, c);
    MultilingualMatchAnalysis.AnalyzedText t = analysis.forQuery(post.text());
    String language = post.language() != null ? post.language() : t.language().tag();
    PostMatches pm = null;
    if (matcher != null) {
      // the language is known now: the matcher does not identify it again
      Post withLanguage = post.language() != null ? post
          : new Post(post.id(), post.source(), post.url(), post.publishedAt(), post.text(), language, post.authorKey(),
              post.engagement());
      pm = matcher.match(withLanguage, topK);
    }
    return new Prepared(it, c, k, language, t.exact(), t.folded(), pm);
  }

  /** Writer side: dedupe against the database and this batch, then one transaction. */
  private void commitBatch(List<Item> items, List<Prepared> prepared, CheckpointStore.Checkpoint cp, String origin)
      throws IOException {
    List<Long> lookup = new ArrayList<>();
    for (Prepared p : prepared) {
      DedupeKeys k = p.keys();
      if (k.url() != null) {
        lookup.add(k.url());
      }
      lookup.add(k.id());
      if (k.content() != null) {
        lookup.add(k.content());
      }
      if (k.fingerprint() != null) {
        lookup.add(k.fingerprint());
      }
    }
    Map<Long, Long> seen = lookup.isEmpty() ? new HashMap<>() : db.jdbi().withHandle(h -> posts.findKeys(h, lookup));
    List<NewPost> fresh = new ArrayList<>();
    List<PostStore.Key> newKeys = new ArrayList<>();
    List<PostStore.Sighting> sightings = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    long duplicates = 0;
    long near = 0;
    int next = 0;
    for (Item it : items) {
      if (it.rejection() != null) {
        Rejection r = it.rejection();
        rejections.add(new Rejection(r.file(), r.line(), r.field(), r.reason(), HandleMasking.mask(r.raw())));
        continue;
      }
      Prepared p = prepared.get(next++);
      DedupeKeys k = p.keys();
      Long dup = firstKnown(seen, k.id(), k.url(), k.content());
      if (dup != null) {
        duplicates++;
        if (!seen.containsKey(k.id())) {
          // the same post at another place (page, URL or id): kept as a sighting, once — its id key
          // now points at the post, so importing this record again is a plain duplicate
          sightings.add(new PostStore.Sighting(dup, it.post(), origin, it.ordinal()));
          register(seen, newKeys, k.id(), "id", dup);
        }
        continue;
      }
      long seq = ++nextSeq;
      Long root = k.fingerprint() == null ? null : seen.get(k.fingerprint());
      if (root != null) {
        near++;
      }
      register(seen, newKeys, k.url(), "url", seq);
      register(seen, newKeys, k.id(), "id", seq);
      register(seen, newKeys, k.content(), "content", seq);
      if (root == null) {
        register(seen, newKeys, k.fingerprint(), "fp", seq);
      }
      fresh.add(new NewPost(seq, p, root));
    }
    write(fresh, newKeys, sightings, rejections, cp, clock.instant(), origin);
    counts.add(items.size(), fresh.size(), duplicates, near, rejections.size());
  }

  private void write(List<NewPost> fresh, List<PostStore.Key> newKeys, List<PostStore.Sighting> sightings,
      List<Rejection> rejections, CheckpointStore.Checkpoint cp, Instant now, String origin) throws IOException {
    List<StoredPost> rows = new ArrayList<>(fresh.size());
    List<PostStore.MatchRow> matchRows = new ArrayList<>();
    List<PostIndex.IndexedPost> docs = new ArrayList<>(fresh.size());
    long confident = 0;
    long suggested = 0;
    for (NewPost n : fresh) {
      Prepared p = n.p();
      Post post = p.item().post();
      rows.add(new StoredPost(n.seq(), post, p.canonicalUrl(), p.language(), p.keys().content(),
          p.keys().fingerprint(), n.root(), origin, p.item().ordinal()));
      Instant published = post.publishedAt();
      docs.add(new PostIndex.IndexedPost(n.seq(), p.terms(), p.folded(), p.language(), post.source(),
          published == null ? null : published.toEpochMilli()));
      if (p.matches() != null) {
        for (RankedMatch m : p.matches().matches()) {
          matchRows.add(new PostStore.MatchRow(n.seq(), m.match().rank(), m.match().factCheck().id(),
              m.match().score(), m.confidence(), m.band().label()));
        }
        ConfidenceBand band = p.matches().band();
        if (band == ConfidenceBand.CONFIDENT) {
          confident++;
        } else if (band == ConfidenceBand.SUGGESTED) {
          suggested++;
        }
      }
    }
    db.jdbi().useTransaction(h -> {
      posts.insertPosts(h, rows, now);
      posts.insertKeys(h, newKeys);
      posts.insertSightings(h, sightings);
      quarantine.insert(h, rejections, now);
      posts.insertMatches(h, matchRows);
      checkpoints.put(h, cp, now);
    });
    counts.matches(confident, suggested);
    postIndex.add(docs);
    if (!rows.isEmpty()) {
      writtenSeq = rows.get(rows.size() - 1).seq();
    }
    if (System.nanoTime() - lastIndexCommitNanos > 30_000_000_000L) {
      postIndex.commit(writtenSeq);
      lastIndexCommitNanos = System.nanoTime();
    }
  }

  /** Submits {@code fn} over contiguous slices of {@code in} to the pool; futures in input order. */
  private <A, B> List<Future<List<B>>> submitSlices(List<A> in, java.util.function.Function<A, B> fn) {
    List<Future<List<B>>> futures = new ArrayList<>();
    if (in.isEmpty()) {
      return futures;
    }
    int per = (in.size() + threads - 1) / threads;
    for (int from = 0; from < in.size(); from += per) {
      List<A> slice = in.subList(from, Math.min(in.size(), from + per));
      futures.add(pool.submit(() -> {
        List<B> out = new ArrayList<>(slice.size());
        for (A a : slice) {
          out.add(fn.apply(a));
        }
        return out;
      }));
    }
    return futures;
  }

  private static Long firstKnown(Map<Long, Long> seen, Long... hashes) {
    for (Long h : hashes) {
      if (h != null) {
        Long seq = seen.get(h);
        if (seq != null) {
          return seq;
        }
      }
    }
    return null;
  }

  private static void register(Map<Long, Long> seen, List<PostStore.Key> out, Long hash, String kind, long seq) {
    if (hash != null && !seen.containsKey(hash)) {
      seen.put(hash, seq);
      out.add(new PostStore.Key(hash, kind, seq));
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException re) {
      return re;
    }
    if (t instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    if (t instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(t);
  }
}
