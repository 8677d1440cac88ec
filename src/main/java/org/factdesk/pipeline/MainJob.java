package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.claims.Claim;
import org.factdesk.claims.ClaimExtractor;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.Formats;
import org.factdesk.ingest.InvalidInputException;
import org.factdesk.ingest.QuarantineFile;
import org.factdesk.ingest.ReadStats;
import org.factdesk.ingest.RecordReader;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.PostMatches;
import org.factdesk.match.QueryVectors;
import org.factdesk.match.Retrieval;
import org.factdesk.match.encoder.EncoderEmbedder;
import org.factdesk.match.encoder.Encoders;
import org.factdesk.match.encoder.SentenceEncoder;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.narratives.AlertRule;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.report.ClaimMatch;
import org.factdesk.report.HtmlReport;
import org.factdesk.report.MatchTally;
import org.factdesk.report.MatchesJsonlWriter;
import org.factdesk.report.NarrativeEntry;
import org.factdesk.report.NarrativeSection;
import org.factdesk.report.NarrativesJsonlWriter;
import org.factdesk.report.RunReport;
import org.factdesk.text.HandleMasking;
import org.factdesk.text.Language;
import org.factdesk.text.LanguageIdentifier;

/**
 * The main job: read fact-checks into the index, stream posts through the matcher, write
 * {@code matches.jsonl}, {@code narratives.jsonl}, {@code report.html} and (if anything was
 * rejected) {@code quarantine.jsonl} into the output directory.
 *
 * <p>Per post: its claims ({@link ClaimExtractor}, sentences of the handle-masked text with
 * check-worthiness); the post is matched as a whole with the run's retriever and, when it has two
 * check-worthy claims or more, each check-worthy claim is matched on its own with BM25 only (the
 * lexical pipeline, whatever the run's retriever: cheap, no extra encoding) and keeps its best match.
 * Then the post joins a narrative ({@link NarrativeTracker}: near-duplicates, and paraphrases by
 * the post's sentence vector when the run has an encoder).
 *
 * <p>Posts are matched in batches on {@code threads} threads and written in input order; memory is
 * bounded by the batch size, the report's aggregates and the narratives' per-post state (a MinHash
 * signature and a few numbers per post, no text), not by the posts' text.
 */
public final class MainJob {
  static final int BATCH = 256;
  private final MatchingSettings settings;
  private final PrintStream log;
  private final AlertRule alertRule;
  private final ClustererSettings clustering;

  /**
   * @param settings matching configuration
   * @param log progress, warnings and rejections (usually stderr)
   */
  public MainJob(MatchingSettings settings, PrintStream log) {
    this(settings, log, ClustererSettings.defaults(), AlertRule.defaults());
  }

  /**
   * @param clustering narrative clustering thresholds
   * @param alertRule when a narrative rated false/misleading counts as rising
   */
  public MainJob(MatchingSettings settings, PrintStream log, ClustererSettings clustering, AlertRule alertRule) {
    this.settings = settings;
    this.log = log;
    this.clustering = clustering;
    this.alertRule = alertRule;
  }

  /**
   * Runs the job.
   *
   * @throws java.nio.file.NoSuchFileException if an input file is missing
   * @throws InvalidInputException if an input's format cannot be told, or no fact-checks are
   *     available to match against
   * @throws IOException on other I/O failures
   */
  public RunSummary run(RunConfig config) throws IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Files.createDirectories(config.dataDir());
    AuthorPseudonymiser pseudonymiser = AuthorPseudonymiser.loadOrCreate(config.dataDir());
    // pick every reader first: a missing file or an unknown format fails before any work
    List<Map.Entry<Path, RecordReader<Post>>> postReaders = new ArrayList<>();
    for (Path p : config.posts()) {
      postReaders.add(Map.entry(p, Formats.postReader(p, pseudonymiser, config.encoding())));
    }
    List<Map.Entry<Path, RecordReader<FactCheck>>> factCheckReaders = new ArrayList<>();
    for (Path p : config.factChecks()) {
      factCheckReaders.add(Map.entry(p, Formats.factCheckReader(p)));
    }
    createOutputDirectory(config.out());
    Path matchesFile = config.out().resolve("matches.jsonl");
    Path reportFile = config.out().resolve("report.html");
    Path narrativesFile = config.out().resolve("narratives.jsonl");
    Path quarantinePath = config.out().resolve("quarantine.jsonl");
    Files.deleteIfExists(quarantinePath);
    MatchTally tally = new MatchTally(10, 200);
    ReadStats fcStats;
    ReadStats postStats;
    long indexSize;
    List<String> emptyInputs = new ArrayList<>();
    boolean dense = config.retrieval().needsVectors();
    ClaimExtractor claims = ClaimExtractor.standard();
    NarrativeTracker narratives = new NarrativeTracker(clustering, alertRule);
    long[] languages = new long[Language.values().length];
    NarrativeSection section;
    try (QuarantineFile quarantine = new QuarantineFile(quarantinePath, log);
        SentenceEncoder encoder = dense ? Encoders.open(config.modelDir()) : null;
        FactCheckIndex index = IndexOpener.open(config.dataDir(), config.indexUrl(), settings,
            encoder == null ? null : new EncoderEmbedder(encoder), config.rebuildIndex(), log)) {
      long before = index.size();
      fcStats = indexFactChecks(factCheckReaders, config.interactive(), index, quarantine, emptyInputs);
      indexSize = index.size();
      long replaced = fcStats.accepted() - (indexSize - before);
      if (replaced > 0) {
        log.println("index: " + replaced + " fact-checks replaced an earlier one with the same id or url");
      }
      if (indexSize == 0) {
        throw new InvalidInputException("no fact-checks to match against: give --factchecks FILE (the index "
            + IndexOpener.indexDir(config.dataDir()) + " is empty)");
      }
      log.println("index: " + indexSize + " fact-checks (" + index.backend().describe() + ")");
      if (dense) {
        long[] v = index.vectorCounts();
        log.println("vectors: " + v[1] + " fact-checks encoded, " + v[0] + " reused from the index (" + encoder.id() + ")");
      }
      // the post vectors the dense retriever asks for, kept for the narratives until the batch is done
      Map<String, float[]> vectors = new java.util.concurrent.ConcurrentHashMap<>();
      MatchPipeline pipeline = settings.pipeline(config.retrieval(), index, dense ? new QueryVectors(texts -> {
        List<float[]> vs = encoder.encodeBatch(texts);
        for (int i = 0; i < texts.size(); i++) {
          vectors.put(texts.get(i), vs.get(i));
        }
        return vs;
      }, encoder::encode) : null);
      MatchPipeline claimPipeline = dense ? settings.lexicalPipeline(index) : pipeline;
      ExecutorService pool = Executors.newFixedThreadPool(config.threads());
      try (MatchesJsonlWriter writer = new MatchesJsonlWriter(matchesFile);
          Progress progress = Progress.start("matching posts", -1, log, config.interactive())) {
        List<Post> batch = new ArrayList<>(BATCH);
        BatchMatcher matcher = new BatchMatcher(pipeline, claimPipeline, claims, config.topK(), pool, progress,
            r -> {
              writer.write(r.matches(), r.claims());
              tally.add(r.matches());
              languages[r.language().ordinal()]++;
              narratives.add(r.matches(), vectors.remove(r.matches().post().text()));
            });
        postStats = ReadStats.EMPTY;
        for (Map.Entry<Path, RecordReader<Post>> in : postReaders) {
          Path p = in.getKey();
          ReadStats s = in.getValue().read(p, post -> {
            batch.add(post);
            if (batch.size() == BATCH) {
              matcher.flush(batch);
            }
          }, quarantine);
          if (s.read() == 0) {
            quarantine.warn(p.toString(), 0, "no records");
            emptyInputs.add(p.toString());
          }
          postStats = postStats.plus(s);
        }
        matcher.flush(batch);
        vectors.clear();
      } finally {
        pool.shutdownNow();
      }
    }
    try (NarrativesJsonlWriter out = new NarrativesJsonlWriter(narrativesFile)) {
      java.time.LocalDate asOf = narratives.asOf();
      section = narratives.finish(e -> out.write(e, asOf));
    }
    section = withSamplePosts(section, matchesFile);
    log.println("narratives: " + section.narratives() + " (" + section.multiPost() + " with two posts or more), "
        + section.alerts().size() + " alerts");
    Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
    RunReport report = new RunReport(fcStats, postStats, indexSize, tally, describe(config.retrieval()), started, elapsed,
        section, languages[Language.VI.ordinal()] > languages[Language.EN.ordinal()] ? "vi" : "en");
    HtmlReport.write(report, reportFile);
    long rejected = fcStats.rejected() + postStats.rejected();
    return new RunSummary(report, matchesFile, reportFile, rejected > 0 ? quarantinePath : null, rejected, emptyInputs);
  }

  /** Fills the sample posts (up to 3) of the narratives the report shows, read back from matches.jsonl. */
  private static NarrativeSection withSamplePosts(NarrativeSection s, Path matchesFile) throws IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (List<NarrativeEntry> l : List.of(s.byVolume(), s.byRising())) {
      for (NarrativeEntry e : l) {
        ids.addAll(e.samplePostIds().subList(0, Math.min(3, e.samplePostIds().size())));
      }
    }
    Map<String, Post> posts = SamplePosts.read(matchesFile, ids);
    java.util.function.Function<NarrativeEntry, NarrativeEntry> fill = e -> e.withSamplePosts(
        e.samplePostIds().stream().limit(3).map(posts::get).filter(java.util.Objects::nonNull).toList());
    return new NarrativeSection(s.narratives(), s.multiPost(), s.byVolume().stream().map(fill).toList(),
        s.byRising().stream().map(fill).toList(), s.alerts(), s.asOf());
  }

  private ReadStats indexFactChecks(List<Map.Entry<Path, RecordReader<FactCheck>>> readers, boolean interactive,
      FactCheckIndex index, QuarantineFile quarantine, List<String> emptyInputs) throws IOException {
    if (readers.isEmpty()) {
      return ReadStats.EMPTY;
    }
    List<FactCheck> batch = new ArrayList<>(1000);
    ReadStats stats = ReadStats.EMPTY;
    try (Progress progress = Progress.start("indexing fact-checks", -1, log, interactive)) {
      for (Map.Entry<Path, RecordReader<FactCheck>> in : readers) {
        Path p = in.getKey();
        ReadStats s = in.getValue().read(p, fc -> {
          batch.add(fc);
          if (batch.size() == 1000) {
            upsert(index, batch);
            progress.step(1000);
          }
        }, quarantine);
        if (s.read() == 0) {
          quarantine.warn(p.toString(), 0, "no records");
          emptyInputs.add(p.toString());
        }
        stats = stats.plus(s);
      }
      progress.step(batch.size());
      upsert(index, batch);
    }
    index.commit();
    log.println("fact-checks: " + stats);
    return stats;
  }

  private static void upsert(FactCheckIndex index, List<FactCheck> batch) {
    try {
      index.upsert(batch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    batch.clear();
  }

  private static void createOutputDirectory(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      String why = e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name exists"
          : e instanceof java.nio.file.NoSuchFileException ? "its parent cannot be created"
          : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : String.valueOf(e.getMessage());
      throw new InvalidInputException("cannot create output directory " + out + ": " + why);
    }
  }

  /** One line naming the matcher and its main parameters. */
  public String describe(Retrieval retrieval) {
    StringBuilder fields = new StringBuilder();
    settings.fieldBoosts().forEach((f, w) -> {
      if (w > 0) {
        fields.append(fields.length() == 0 ? "" : " + ").append(f.fieldName()).append(w == 1f ? "" : "×" + w);
      }
    });
    String lexical = "BM25 (k1 " + settings.bm25().k1() + ", b " + settings.bm25().b() + ") over " + fields
        + " (all = claim + title + subtitle)";
    return switch (retrieval) {
      case BM25 -> lexical;
      case DENSE -> "dense: cosine of sentence embeddings (claim + title)";
      case HYBRID_RRF -> "hybrid: reciprocal rank fusion of " + lexical + " and dense cosine";
      case HYBRID_WSF -> "hybrid: weighted fusion (" + settings.fusionWeights()[0] + " × BM25 confidence + "
          + settings.fusionWeights()[1] + " × cosine) of " + lexical + " and sentence embeddings";
      case HYBRID -> "hybrid: weighted fusion (" + settings.fusionWeights()[0] + " × BM25 confidence + "
          + settings.fusionWeights()[1] + " × cosine) of " + lexical + " and sentence embeddings, "
          + "then a learned reranker (logistic regression, confidence = probability)";
    };
  }

  /** One post's results: its matches, its claims (with their own best match) and its language. */
  record PostResult(PostMatches matches, List<ClaimMatch> claims, Language language) {}

  /** Consumes results in input order. */
  interface ResultSink {
    void accept(PostResult r) throws IOException;
  }

  /** Matches a batch in parallel and hands the results over in input order. */
  private static final class BatchMatcher {
    private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.standard();
    private final MatchPipeline pipeline;
    private final MatchPipeline claimPipeline;
    private final ClaimExtractor extractor;
    private final int topK;
    private final ExecutorService pool;
    private final Progress progress;
    private final ResultSink sink;

    BatchMatcher(MatchPipeline pipeline, MatchPipeline claimPipeline, ClaimExtractor extractor, int topK,
        ExecutorService pool, Progress progress, ResultSink sink) {
      this.pipeline = pipeline;
      this.claimPipeline = claimPipeline;
      this.extractor = extractor;
      this.topK = topK;
      this.pool = pool;
      this.progress = progress;
      this.sink = sink;
    }

    void flush(List<Post> batch) {
      if (batch.isEmpty()) {
        return;
      }
      pipeline.prepare(batch);
      List<Future<PostResult>> futures = new ArrayList<>(batch.size());
      for (Post p : batch) {
        futures.add(pool.submit(() -> process(p)));
      }
      try {
        for (Future<PostResult> f : futures) {
          sink.accept(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while matching", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      progress.step(batch.size());
      batch.clear();
    }

    private PostResult process(Post p) {
      PostMatches pm = pipeline.match(p, topK);
      List<Claim> found = extractor.extract(p.id(), HandleMasking.mask(p.text()));
      long worthy = found.stream().filter(Claim::checkWorthy).count();
      List<ClaimMatch> claims = new ArrayList<>(found.size());
      for (Claim c : found) {
        org.factdesk.match.RankedMatch best = null;
        if (worthy >= 2 && c.checkWorthy()) {
          Post claimPost = new Post(p.id() + "#" + c.sentenceIndex(), p.source(), p.url(), p.publishedAt(), c.text(),
              p.language(), null, p.engagement());
          PostMatches cm = claimPipeline.match(claimPost, 1);
          best = cm.matches().isEmpty() ? null : cm.matches().get(0);
        }
        claims.add(new ClaimMatch(c, best));
      }
      Language lang = p.language() != null ? Language.fromTag(p.language()) : LANGUAGES.identify(p.text());
      return new PostResult(pm, claims, lang);
    }
  }
}
