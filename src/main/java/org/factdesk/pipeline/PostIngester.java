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
  private Future<?> pending;
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

  /** A post that will be stored, before matching. */
  private record NewPost(long seq, long ordinal, Post post, String canonicalUrl, DedupeKeys keys, Long root) {}

  /** A matched new post. */
  private record Analysed(NewPost p, String language, List<String> terms, List<String> folded, PostMatches matches) {}

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

  /** Waits for the last batch to be committed (rethrowing its failure). */
  void awaitPending() {
    if (pending == null) {
      return;
    }
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while committing", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pending = null;
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

  private void flush(List<Item> batch, String sourceKey, String identity, String origin, long recordsDone,
      boolean complete, Progress progress) {
    awaitPending(); // the database now holds every earlier batch: dedupe sees them
    List<Item> items = List.copyOf(batch);
    batch.clear();
    Map<Item, DedupeKeys> keys = new IdentityHashMap<>();
    Map<Item, String> canonical = new IdentityHashMap<>();
    List<Item> postItems = items.stream().filter(it -> it.post() != null).toList();
    List<Map.Entry<String, DedupeKeys>> computed = parallel(postItems, it -> {
      String c = UrlCanonicalizer.canonicalize(it.post().url());
      return Map.entry(c == null ? "" : c, DedupeKeys.of(it.post(), c));
    });
    List<Long> lookup = new ArrayList<>();
    for (int i = 0; i < postItems.size(); i++) {
      Item it = postItems.get(i);
      DedupeKeys k = computed.get(i).getValue();
      String c = computed.get(i).getKey();
      canonical.put(it, c.isEmpty() ? null : c);
      keys.put(it, k);
      if (k.url() != null) {
        lookup.add(k.url());
      }
      lookup.add(k.id());
      lookup.add(k.sighting());
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
    for (Item it : items) {
      if (it.rejection() != null) {
        Rejection r = it.rejection();
        rejections.add(new Rejection(r.file(), r.line(), r.field(), r.reason(), HandleMasking.mask(r.raw())));
        continue;
      }
      DedupeKeys k = keys.get(it);
      Long dup = firstKnown(seen, k.url(), k.id(), k.content());
      if (dup != null) {
        duplicates++;
        if (!seen.containsKey(k.sighting())) {
          sightings.add(new PostStore.Sighting(dup, it.post(), origin, it.ordinal()));
          newKeys.add(new PostStore.Key(k.sighting(), "seen", dup));
          seen.put(k.sighting(), dup);
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
      register(seen, newKeys, k.sighting(), "seen", seq);
      register(seen, newKeys, k.content(), "content", seq);
      if (root == null) {
        register(seen, newKeys, k.fingerprint(), "fp", seq);
      }
      fresh.add(new NewPost(seq, it.ordinal(), it.post(), canonical.get(it), k, root));
    }
    List<Analysed> analysed = analyse(fresh);
    long read = items.size();
    long storedN = fresh.size();
    long dupN = duplicates;
    long nearN = near;
    long rejectedN = rejections.size();
    Instant now = clock.instant();
    CheckpointStore.Checkpoint cp = new CheckpointStore.Checkpoint(sourceKey, identity, recordsDone, complete);
    pending = writer.submit(() -> {
      write(analysed, newKeys, sightings, rejections, cp, now, origin);
      counts.add(read, storedN, dupN, nearN, rejectedN);
      progress.step(read);
      return null;
    });
  }

  private void write(List<Analysed> analysed, List<PostStore.Key> newKeys, List<PostStore.Sighting> sightings,
      List<Rejection> rejections, CheckpointStore.Checkpoint cp, Instant now, String origin) throws IOException {
    List<StoredPost> rows = new ArrayList<>(analysed.size());
    List<PostStore.MatchRow> matchRows = new ArrayList<>();
    List<PostIndex.IndexedPost> docs = new ArrayList<>(analysed.size());
    long confident = 0;
    long suggested = 0;
    for (Analysed a : analysed) {
      NewPost p = a.p();
      rows.add(new StoredPost(p.seq(), p.post(), p.canonicalUrl(), a.language(), p.keys().content(),
          p.keys().fingerprint(), p.root(), origin, p.ordinal()));
      Instant published = p.post().publishedAt();
      docs.add(new PostIndex.IndexedPost(p.seq(), a.terms(), a.folded(), a.language(), p.post().source(),
          published == null ? null : published.toEpochMilli()));
      if (a.matches() != null) {
        for (RankedMatch m : a.matches().matches()) {
          matchRows.add(new PostStore.MatchRow(p.seq(), m.match().rank(), m.match().factCheck().id(),
              m.match().score(), m.confidence(), m.band().label()));
        }
        ConfidenceBand band = a.matches().band();
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
    if (System.nanoTime() - lastIndexCommitNanos > 10_000_000_000L) {
      postIndex.commit(writtenSeq);
      lastIndexCommitNanos = System.nanoTime();
    }
  }

  private List<Analysed> analyse(List<NewPost> fresh) {
    if (fresh.isEmpty()) {
      return List.of();
    }
    if (matcher != null) {
      matcher.prepare(fresh.stream().map(NewPost::post).toList());
    }
    return parallel(fresh, p -> {
      MultilingualMatchAnalysis.AnalyzedText t = analysis.forQuery(p.post().text());
      String language = p.post().language() != null ? p.post().language() : t.language().tag();
      PostMatches pm = matcher == null ? null : matcher.match(p.post(), topK);
      return new Analysed(p, language, t.exact(), t.folded(), pm);
    });
  }

  /** Applies {@code fn} to contiguous slices of {@code in} on the pool; results in input order. */
  private <A, B> List<B> parallel(List<A> in, java.util.function.Function<A, B> fn) {
    if (in.isEmpty()) {
      return List.of();
    }
    int per = (in.size() + threads - 1) / threads;
    List<Future<List<B>>> futures = new ArrayList<>();
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
    List<B> all = new ArrayList<>(in.size());
    try {
      for (Future<List<B>> f : futures) {
        all.addAll(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while matching", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
    return all;
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
