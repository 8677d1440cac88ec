package org.factdesk.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.lucene.PostIndex;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.ingest.Formats;
import org.factdesk.ingest.ColumnMapping;
import org.factdesk.ingest.InputKind;
import org.factdesk.ingest.PathExpander;
import org.factdesk.ingest.TextEncoding;
import org.factdesk.ingest.http.FeedFetcher;
import org.factdesk.ingest.http.FetchResult;
import org.factdesk.ingest.http.FetchState;
import org.factdesk.ingest.http.FetchStateStore;
import org.factdesk.ingest.http.JsonFileFetchStateStore;
import org.factdesk.ingest.http.SourceEntry;
import org.factdesk.ingest.http.SourcesConfig;
import org.factdesk.ingest.ReadStats;
import org.factdesk.ingest.RecordReader;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.QueryVectors;
import org.factdesk.match.encoder.EncoderEmbedder;
import org.factdesk.match.encoder.Encoders;
import org.factdesk.match.encoder.SentenceEncoder;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.store.CheckpointStore;
import org.factdesk.store.Database;
import org.factdesk.store.QuarantineStore;
import org.factdesk.text.HandleMasking;

/**
 * {@code factdesk ingest}: reads inputs (files, directories, globs, feeds from a sources file) into
 * the database and indexes of a data directory — fact-checks into the fact-check index, posts into
 * the {@code posts} table and posts index, each new post matched against the fact-checks — with
 * dedupe, quarantine and per-input checkpoints (see {@link PostIngester}). With {@code watch} it
 * keeps polling until stopped.
 *
 * <p>Writes {@code <dataDir>/logs/ingest.log} (everything printed, appended) and, when anything was
 * ever rejected, {@code <dataDir>/quarantine.jsonl} (the whole quarantine table).
 */
public final class IngestJob implements Closeable {
  private final IngestConfig config;
  private final MatchingSettings settings;
  private final PrintStream log;
  private final Clock clock;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final IngestCounts counts = new IngestCounts();
  private final Database db;
  private final CheckpointStore checkpoints;
  private final AuthorPseudonymiser pseudonymiser;
  private final SentenceEncoder encoder;
  private final FactCheckIndex factChecks;
  private final PostIndex postIndex;
  private final ExecutorService pool;
  private final ExecutorService writer;
  private final PrintStream logFile;
  private final PrintStream console;
  private final ProblemLog problems;
  private PostIngester ingester;
  private final List<PathSource> pathSources = new ArrayList<>();
  private final List<SourceEntry> feeds = new ArrayList<>();
  private final FetchStateStore fetchStates;
  private FeedFetcher fetcher;
  private boolean closed;
  private long matcherBuiltForSize = -1;

  private IngestJob(IngestConfig config, MatchingSettings settings, PrintStream log, PrintStream console,
      Clock clock, Database db, PrintStream logFile, SentenceEncoder encoder, FactCheckIndex factChecks, PostIndex postIndex,
      AuthorPseudonymiser pseudonymiser, FetchStateStore fetchStates) {
    this.config = config;
    this.settings = settings;
    this.log = log;
    this.clock = clock;
    this.db = db;
    this.logFile = logFile;
    this.console = console;
    this.problems = new ProblemLog(log, "the quarantine table (exported to " + config.dataDir().resolve("quarantine.jsonl") + ")");
    this.checkpoints = new CheckpointStore(db);
    this.encoder = encoder;
    this.factChecks = factChecks;
    this.postIndex = postIndex;
    this.pseudonymiser = pseudonymiser;
    this.pool = Executors.newFixedThreadPool(config.threads());
    this.writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "factdesk-ingest-writer"));
    this.fetchStates = fetchStates;
  }

  /**
   * Opens the data directory: database (migrated), fact-check index, posts index (brought up to
   * date with the database), pseudonymisation secret.
   *
   * @param log progress and problems (usually stderr); also appended to {@code logs/ingest.log}
   * @throws org.factdesk.store.DatabaseLockedException if another process holds the database
   */
  public static IngestJob open(IngestConfig config, MatchingSettings settings, PrintStream log, Clock clock)
      throws IOException {
    Files.createDirectories(config.dataDir().resolve("logs"));
    OutputStream file = Files.newOutputStream(config.dataDir().resolve("logs").resolve("ingest.log"),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    PrintStream logFile = new PrintStream(file, true, StandardCharsets.UTF_8);
    PrintStream tee = new PrintStream(new TeeOutputStream(log, logFile), true, StandardCharsets.UTF_8);
    tee.println("--- factdesk ingest " + clock.instant());
    Database db = null;
    SentenceEncoder encoder = null;
    FactCheckIndex index = null;
    try {
      db = Database.open(config.dbUrl() != null ? config.dbUrl() : Database.embeddedUrl(config.dataDir()));
      tee.println("database: " + db.describe());
      AuthorPseudonymiser pseudonymiser = AuthorPseudonymiser.loadOrCreate(config.dataDir());
      boolean vectors = config.retrieval().needsVectors() || IndexOpener.builtVectorModel(config.dataDir(),
          config.indexUrl()) != null;
      encoder = vectors ? Encoders.open(config.modelDir()) : null;
      index = IndexOpener.open(config.dataDir(), config.indexUrl(), settings, encoder == null ? null : new EncoderEmbedder(encoder),
          false, tee);
      PostIndex posts = PostIndex.open(config.dataDir().resolve("posts-index"));
      IngestJob job = new IngestJob(config, settings, tee, log, clock, db, logFile, encoder, index, posts, pseudonymiser,
          JsonFileFetchStateStore.open(config.dataDir()));
      job.configureSources();
      job.catchUpPostIndex();
      return job;
    } catch (IOException | RuntimeException e) {
      closeQuietly(index);
      closeQuietly(encoder);
      if (db != null) {
        db.close();
      }
      logFile.close();
      throw e;
    }
  }

  /** Asks a running {@link #run} to stop after the batch in progress (e.g. from a shutdown hook). */
  public void requestStop() {
    stop.set(true);
  }

  /**
   * Ingests every input once, or — when watching — polls until {@link #requestStop} or {@code
   * maxPolls}: paths are re-scanned every {@code pollInterval} (or their source's interval), feeds
   * are fetched when their interval has passed (conditional GET, so an unchanged feed costs one 304).
   *
   * @return the totals of this run
   */
  public IngestCounts run() throws IOException, InterruptedException {
    int polls = 0;
    while (!stop.get()) {
      pollOnce();
      polls++;
      if (!config.watch() || (config.maxPolls() > 0 && polls >= config.maxPolls())) {
        break;
      }
      Duration tick = tick();
      log.println("watch: " + counts + "; next check in " + tick.toSeconds() + " s");
      long until = System.nanoTime() + tick.toNanos();
      while (!stop.get() && System.nanoTime() < until) {
        Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
      }
    }
    return counts;
  }

  /** Reads every input that is due (all of them on the first call). */
  public void pollOnce() throws IOException {
    Instant now = clock.instant();
    List<Path> factCheckFiles = new ArrayList<>();
    List<Map.Entry<Path, PathSource>> postFiles = new ArrayList<>();
    for (PathSource src : pathSources) {
      if (now.isBefore(src.nextDue)) {
        continue;
      }
      src.nextDue = now.plus(src.interval);
      List<Path> files;
      try {
        files = PathExpander.expand(src.patterns, src.baseDir);
      } catch (java.nio.file.NoSuchFileException e) {
        if (!config.watch()) {
          throw e;
        }
        log.println("watch: " + src.name + ": nothing to read yet (" + e.getMessage() + ")");
        continue;
      }
      for (Path f : files) {
        boolean facts = src.kind == SourceEntry.Kind.FACTCHECKS || InputKind.of(f) == InputKind.FACT_CHECKS;
        if (facts) {
          factCheckFiles.add(f);
        } else {
          postFiles.add(Map.entry(f, src));
        }
      }
    }
    for (Path f : factCheckFiles) {
      if (stop.get()) {
        return;
      }
      String key = f.toAbsolutePath().normalize().toString();
      ingestFactChecks(f, key, identity(f));
    }
    for (Map.Entry<Path, PathSource> e : postFiles) {
      if (stop.get()) {
        return;
      }
      Path f = e.getKey();
      PathSource src = e.getValue();
      ingestPosts(f, f.toAbsolutePath().normalize().toString(), identity(f), f.toString(),
          Formats.postReader(f, pseudonymiser, src.encoding, src.mapping));
    }
    pollFeeds(now);
    ingester().commitIndex();
  }

  private void pollFeeds(Instant now) throws IOException {
    for (SourceEntry feed : feeds) {
      if (stop.get()) {
        return;
      }
      String url = feed.url().toString();
      FetchState state = fetchStates.get(url);
      if (state.lastFetch() != null && now.isBefore(state.dueAt(feed.interval()))) {
        continue;
      }
      FetchResult r = fetcher().fetch(feed.url(), state, feed.minDelay());
      fetchStates.put(url, r.state());
      switch (r.outcome()) {
        case FETCHED -> {
          try {
            String identity = "sha256:" + sha256(r.body());
            if (feed.kind() == SourceEntry.Kind.FACTCHECKS) {
              ingestFactChecks(r.body(), url, identity);
            } else {
              ingestPosts(r.body(), url, identity, url, Formats.postReader(r.body(), pseudonymiser,
                  TextEncoding.parse(feed.encoding()), mapping(feed.mapping())));
            }
          } finally {
            Files.deleteIfExists(r.body());
          }
        }
        case NOT_MODIFIED -> log.println(feed.name() + ": not modified");
        default -> log.println("feed: " + r.error());
      }
    }
  }

  private FeedFetcher fetcher() {
    if (fetcher == null) {
      fetcher = FeedFetcher.builder().clock(clock).build();
    }
    return fetcher;
  }

  private Duration tick() {
    Duration t = config.pollInterval();
    for (PathSource p : pathSources) {
      t = p.interval.compareTo(t) < 0 ? p.interval : t;
    }
    for (SourceEntry f : feeds) {
      t = f.interval().compareTo(t) < 0 ? f.interval() : t;
    }
    return t;
  }

  /** Paths to (re)scan: the command-line arguments, and each path entry of the sources file. */
  private static final class PathSource {
    final String name;
    final List<String> patterns;
    final Path baseDir;
    final TextEncoding encoding;
    final ColumnMapping mapping;
    final SourceEntry.Kind kind; // null: tell each file's kind from its content
    final Duration interval;
    Instant nextDue = Instant.MIN;

    PathSource(String name, List<String> patterns, Path baseDir, TextEncoding encoding, ColumnMapping mapping,
        SourceEntry.Kind kind, Duration interval) {
      this.name = name;
      this.patterns = patterns;
      this.baseDir = baseDir;
      this.encoding = encoding;
      this.mapping = mapping;
      this.kind = kind;
      this.interval = interval;
    }
  }

  private void configureSources() throws IOException {
    if (!config.inputs().isEmpty()) {
      pathSources.add(new PathSource("command line", config.inputs(), Path.of(""), config.encoding(),
          ColumnMapping.DEFAULTS, null, config.pollInterval()));
    }
    if (config.sourcesFile() != null) {
      SourcesConfig sources = SourcesConfig.read(config.sourcesFile());
      for (SourceEntry e : sources.paths()) {
        pathSources.add(new PathSource(e.name(), List.of(e.path()), Path.of(""), TextEncoding.parse(e.encoding()),
            mapping(e.mapping()), e.kind() == SourceEntry.Kind.FACTCHECKS ? e.kind() : null, e.interval()));
      }
      feeds.addAll(sources.feeds());
      log.println("sources: " + sources.paths().size() + " path sources and " + sources.feeds().size()
          + " feeds from " + config.sourcesFile());
    }
  }

  private static ColumnMapping mapping(Path file) throws IOException {
    return file == null ? ColumnMapping.DEFAULTS : ColumnMapping.read(file);
  }

  private static String sha256(Path file) throws IOException {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      try (java.io.InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          sha.update(buf, 0, n);
        }
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The totals so far. */
  public IngestCounts counts() {
    return counts;
  }

  /** Where the quarantine export is written. */
  public Path quarantineFile() {
    return config.dataDir().resolve("quarantine.jsonl");
  }

  private void ingestPosts(Path file, String key, String identity, String origin, RecordReader<Post> reader)
      throws IOException {
    Optional<CheckpointStore.Checkpoint> cp = checkpoints.get(key);
    long skip = 0;
    if (cp.isPresent() && cp.get().identity().equals(identity)) {
      if (cp.get().complete()) {
        counts.unchanged();
        return;
      }
      skip = cp.get().recordsDone();
      log.println(origin + ": resuming after record " + skip);
    }
    long before = counts.read();
    try (Progress progress = Progress.start("ingesting " + file.getFileName(), -1, console, config.interactive())) {
      ingester().ingest(key, identity, origin, reader, file, skip, progress, problems);
    }
    log.println(origin + ": " + (counts.read() - before) + " records");
  }

  private void ingestFactChecks(Path file, String key, String identity) throws IOException {
    Optional<CheckpointStore.Checkpoint> cp = checkpoints.get(key);
    if (cp.isPresent() && cp.get().identity().equals(identity) && cp.get().complete()) {
      counts.unchanged();
      return;
    }
    RecordReader<FactCheck> reader = Formats.factCheckReader(file);
    CollectingQuarantine rejected = new CollectingQuarantine();
    List<FactCheck> batch = new ArrayList<>(1000);
    ReadStats stats = reader.read(file, fc -> {
      batch.add(fc);
      if (batch.size() == 1000) {
        upsert(batch);
      }
    }, rejected);
    upsert(batch);
    factChecks.commit();
    rejected.rejections().forEach(problems::reject);
    Instant now = clock.instant();
    QuarantineStore q = new QuarantineStore(db);
    db.jdbi().useTransaction(h -> {
      q.insert(h, rejected.rejections().stream()
          .map(r -> new org.factdesk.ingest.Rejection(r.file(), r.line(), r.field(), r.reason(),
              HandleMasking.mask(r.raw())))
          .toList(), now);
      checkpoints.put(h, new CheckpointStore.Checkpoint(key, identity, stats.read(), true), now);
    });
    counts.factChecks(stats.accepted(), stats.rejected());
    log.println(file + ": " + stats.accepted() + " fact-checks indexed, " + stats.rejected() + " rejected");
  }

  private void upsert(List<FactCheck> batch) {
    try {
      factChecks.upsert(batch);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    batch.clear();
  }

  /** The post ingester, rebuilt when the fact-check index changed size (new fact-checks). */
  private PostIngester ingester() throws IOException {
    long size = factChecks.size();
    if (ingester == null || size != matcherBuiltForSize) {
      if (ingester != null) {
        ingester.awaitPending();
      }
      MatchPipeline matcher = null;
      if (size == 0) {
        log.println("match: the fact-check index is empty, posts are stored unmatched (ingest fact-checks first)");
      } else {
        matcher = settings.pipeline(config.retrieval(), factChecks,
            config.retrieval().needsVectors() ? new QueryVectors(encoder::encodeBatch, encoder::encode) : null);
        log.println("match: " + size + " fact-checks, retriever " + config.retrieval().label());
      }
      ingester = new PostIngester(db, postIndex, settings.analysis(), matcher, config.topK(), config.batchSize(),
          pool, config.threads(), writer, counts, log, clock);
      matcherBuiltForSize = size;
    }
    return ingester;
  }

  /** Re-indexes posts the database holds but the last posts-index commit does not cover. */
  private void catchUpPostIndex() throws IOException {
    long from = postIndex.lastSeq();
    var store = new org.factdesk.store.PostStore(db);
    long max = store.maxSeq();
    if (max <= from) {
      return;
    }
    log.println("posts index: catching up from seq " + from + " to " + max);
    var analysis = settings.analysis();
    List<PostIndex.IndexedPost> docs = new ArrayList<>();
    store.forEachAfter(from, sp -> {
      var t = analysis.forQuery(sp.post().text());
      Instant published = sp.post().publishedAt();
      docs.add(new PostIndex.IndexedPost(sp.seq(), t.exact(), t.folded(), sp.language(), sp.post().source(),
          published == null ? null : published.toEpochMilli()));
      if (docs.size() == 1000) {
        addDocs(docs);
      }
    });
    addDocs(docs);
    postIndex.commit(max);
  }

  private void addDocs(List<PostIndex.IndexedPost> docs) {
    try {
      postIndex.add(docs);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    docs.clear();
  }

  /** A file's identity for checkpoints: size and modification time. */
  static String identity(Path file) throws IOException {
    return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
  }

  /**
   * Finishes: waits for the last commit, commits the posts index, exports the quarantine table to
   * {@code <dataDir>/quarantine.jsonl} (when it has rows) and closes everything.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (ingester != null) {
        ingester.commitIndex();
      }
      QuarantineStore q = new QuarantineStore(db);
      if (q.count() > 0) {
        q.export(quarantineFile());
      }
    } finally {
      pool.shutdownNow();
      writer.shutdown();
      closeQuietly(postIndex);
      closeQuietly(factChecks);
      closeQuietly(encoder);
      db.close();
      logFile.close();
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // closing after a failure: the first error is the one to report
      }
    }
  }

  /** Duplicates everything written to two streams. */
  private static final class TeeOutputStream extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    TeeOutputStream(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
