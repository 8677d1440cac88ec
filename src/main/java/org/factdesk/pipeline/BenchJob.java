package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.index.lucene.StandardBm25Baseline;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.ingest.Formats;
import org.factdesk.match.MatchPipeline;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;

/**
 * Speed and memory of the lexical matcher on a real collection, beside the StandardAnalyzer BM25
 * baseline measured in the same run: indexing throughput (median of {@code repeat} builds),
 * per-post match latency (p50/p99 over {@code repeat} single-threaded passes after one warm-up
 * pass), multi-threaded matching throughput, and sampled peak heap. Prints a Markdown table.
 */
public final class BenchJob {
  /**
   * @param collection fact-check collection
   * @param queries posts to match
   * @param dataDir where temporary on-disk indexes go (deleted afterwards)
   * @param repeat repetitions per measurement, ≥ 1
   * @param threads threads for the throughput measurement
   */
  public record Config(Path collection, Path queries, Path dataDir, int repeat, int threads, String indexUrl) {
    /** Embedded only. */
    public Config(Path collection, Path queries, Path dataDir, int repeat, int threads) {
      this(collection, queries, dataDir, repeat, threads, null);
    }
  }

  /** One method's numbers. */
  public record Row(String method, double indexDocsPerSec, double p50Millis, double p99Millis, double postsPerSec) {}

  private final MatchingSettings settings;
  private final PrintStream log;

  public BenchJob(MatchingSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /** Runs the benchmark; returns rows for ours and the baseline, and the sampled peak heap (MiB). */
  public Result run(Config c) throws IOException {
    List<FactCheck> collection = new ArrayList<>();
    List<Post> posts = new ArrayList<>();
    CollectingQuarantine q = new CollectingQuarantine();
    Formats.factCheckReader(c.collection()).read(c.collection(), collection::add, q);
    Files.createDirectories(c.dataDir());
    Formats.postReader(c.queries(), AuthorPseudonymiser.loadOrCreate(c.dataDir())).read(c.queries(), posts::add, q);
    log.printf(Locale.ROOT, "bench: %d fact-checks, %d posts, %d repetitions%n", collection.size(), posts.size(), c.repeat());
    try (HeapSampler heap = new HeapSampler()) {
      Row ours = benchOurs(c, collection, posts);
      if (c.indexUrl() != null) {
        // embedded vs cluster, BM25 path only (the cluster has no k-NN plugin in CI)
        Row cluster = benchCluster(c, collection, posts);
        return new Result(List.of(ours, cluster), heap.peakMiB(), collection.size(), posts.size(), 0);
      }
      Row hybrid = benchHybrid(c, collection, posts);
      Row base = benchBaseline(c, collection, posts);
      return new Result(List.of(ours, hybrid, base), heap.peakMiB(), collection.size(), posts.size(), encodePerSec);
    }
  }

  private double encodePerSec;

  /**
   * Hybrid (BM25 + MiniLM dense, weighted fusion, learned reranker): indexing includes encoding
   * every fact-check (no cache); latency is per post after its vector was batch-encoded;
   * throughput includes the batch encoding of the posts.
   */
  private Row benchHybrid(Config c, List<FactCheck> collection, List<Post> posts) throws IOException {
    try (org.factdesk.match.encoder.SentenceEncoder encoder = org.factdesk.match.encoder.Encoders.open(null)) {
      long t0 = System.nanoTime();
      try (TemporaryIndex temporary = TemporaryIndex.build(c.dataDir(), "bench-hybrid-", settings,
          new org.factdesk.match.encoder.EncoderEmbedder(encoder), collection)) {
        FactCheckIndex index = temporary.index();
        double indexSec = (System.nanoTime() - t0) / 1e9;
        double[] enc = new double[c.repeat()];
        List<String> texts = posts.stream().map(Post::text).toList();
        for (int r = 0; r < c.repeat(); r++) {
          long t = System.nanoTime();
          encoder.encodeBatch(texts);
          enc[r] = texts.size() / ((System.nanoTime() - t) / 1e9);
        }
        encodePerSec = median(enc);
        log.printf(Locale.ROOT, "bench: encoding %.0f posts/s (batched, median of %d)%n", encodePerSec, c.repeat());
        org.factdesk.match.QueryVectors qv = new org.factdesk.match.QueryVectors(encoder::encodeBatch, encoder::encode);
        MatchPipeline pipeline = settings.pipeline(org.factdesk.match.Retrieval.HYBRID, index, qv);
        Matcher m = p -> pipeline.match(p, 10);
        return measure("factdesk hybrid (+ encoding " + Math.round(encodePerSec) + " posts/s)", collection.size(), indexSec,
            posts, m, c, pipeline);
      }
    }
  }

  /** Benchmark output. */
  public record Result(List<Row> rows, double peakHeapMiB, int factChecks, int posts, double encodePerSec) {
    /** A Markdown table of the rows. */
    public String markdown() {
      StringBuilder sb = new StringBuilder(
          "| method | index (fact-checks/s) | match p50 (ms/post) | match p99 (ms/post) | match throughput (posts/s) |\n"
              + "|---|---:|---:|---:|---:|\n");
      for (Row r : rows) {
        sb.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.0f |%n", r.method(), r.indexDocsPerSec(),
            r.p50Millis(), r.p99Millis(), r.postsPerSec()));
      }
      sb.append(String.format(Locale.ROOT, "%nSampled peak heap over the whole benchmark: %.0f MiB (%d fact-checks, %d posts).%n",
          peakHeapMiB, factChecks, posts));
      return sb.toString();
    }
  }

  private Row benchOurs(Config c, List<FactCheck> collection, List<Post> posts) throws IOException {
    double[] indexSecs = new double[c.repeat()];
    Path last = null;
    for (int i = 0; i < c.repeat(); i++) {
      Path dir = Files.createTempDirectory(c.dataDir(), "bench-index-");
      long t0 = System.nanoTime();
      try (FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, settings.indexSettings()), settings.analysis())) {
        index.upsert(collection);
        index.commit();
      }
      indexSecs[i] = (System.nanoTime() - t0) / 1e9;
      if (last != null) {
        IndexOpener.deleteRecursively(last);
      }
      last = dir;
    }
    try (FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(last, settings.indexSettings()), settings.analysis())) {
      MatchPipeline pipeline = settings.lexicalPipeline(index);
      Matcher m = p -> pipeline.match(p, 10);
      return measure("factdesk bm25", collection.size(), median(indexSecs), posts, m, c);
    } finally {
      IndexOpener.deleteRecursively(last);
    }
  }

  /**
   * The BM25 path on an OpenSearch cluster: indexing = analysis + bulk upserts + refresh into a
   * fresh index (alias {@code factdesk-bench-<random>}, deleted afterwards), 1 replica.
   */
  private Row benchCluster(Config c, List<FactCheck> collection, List<Post> posts) throws IOException {
    var urls = org.factdesk.index.opensearch.ClusterClient.parseUrls(c.indexUrl());
    double[] indexSecs = new double[c.repeat()];
    String last = null;
    for (int i = 0; i < c.repeat(); i++) {
      String alias = "factdesk-bench-" + java.util.UUID.randomUUID().toString().substring(0, 8);
      long t0 = System.nanoTime();
      try (FactCheckIndex index = new FactCheckIndex(org.factdesk.index.opensearch.OpenSearchBackend.open(urls, alias,
          settings.indexSettings(), IndexOpener.CLUSTER_REPLICAS), settings.analysis())) {
        index.upsert(collection);
        index.commit();
      }
      indexSecs[i] = (System.nanoTime() - t0) / 1e9;
      if (last != null) {
        org.factdesk.index.opensearch.OpenSearchBackend.deleteIndexes(urls, last);
      }
      last = alias;
    }
    try (FactCheckIndex index = new FactCheckIndex(org.factdesk.index.opensearch.OpenSearchBackend.open(urls, last,
        settings.indexSettings(), IndexOpener.CLUSTER_REPLICAS), settings.analysis())) {
      MatchPipeline pipeline = settings.lexicalPipeline(index);
      Matcher m = p -> pipeline.match(p, 10);
      return measure("factdesk bm25 on opensearch (" + urls.size() + " node URLs, 1 replica)", collection.size(),
          median(indexSecs), posts, m, c);
    } finally {
      org.factdesk.index.opensearch.OpenSearchBackend.deleteIndexes(urls, last);
    }
  }

  private Row benchBaseline(Config c, List<FactCheck> collection, List<Post> posts) throws IOException {
    double[] indexSecs = new double[c.repeat()];
    StandardBm25Baseline kept = null;
    for (int i = 0; i < c.repeat(); i++) {
      long t0 = System.nanoTime();
      StandardBm25Baseline b = new StandardBm25Baseline(collection);
      indexSecs[i] = (System.nanoTime() - t0) / 1e9;
      if (kept != null) {
        kept.close();
      }
      kept = b;
    }
    try (StandardBm25Baseline b = kept) {
      Matcher m = p -> b.search(p.text(), 10);
      return measure(StandardBm25Baseline.TAG + " (in memory)", collection.size(), median(indexSecs), posts, m, c);
    }
  }

  private interface Matcher {
    Object match(Post p) throws Exception;
  }

  private Row measure(String name, int docs, double indexSec, List<Post> posts, Matcher m, Config c) throws IOException {
    return measure(name, docs, indexSec, posts, m, c, null);
  }

  /** With a pipeline, post vectors are batch-encoded before each latency pass (not timed) and
   * inside each throughput pass (timed). */
  private Row measure(String name, int docs, double indexSec, List<Post> posts, Matcher m, Config c,
      MatchPipeline prepare) throws IOException {
    try {
      if (prepare != null) {
        prepare.prepare(posts);
      }
      for (Post p : posts) {
        m.match(p);
      }
      double[] lat = new double[posts.size() * c.repeat()];
      int n = 0;
      for (int r = 0; r < c.repeat(); r++) {
        if (prepare != null) {
          prepare.prepare(posts);
        }
        for (Post p : posts) {
          long t = System.nanoTime();
          m.match(p);
          lat[n++] = (System.nanoTime() - t) / 1e6;
        }
      }
      Arrays.sort(lat);
      double[] tput = new double[c.repeat()];
      ExecutorService pool = Executors.newFixedThreadPool(c.threads());
      try {
        for (int r = 0; r < c.repeat(); r++) {
          long t = System.nanoTime();
          if (prepare != null) {
            prepare.prepare(posts);
          }
          List<Future<Object>> fs = new ArrayList<>();
          for (Post p : posts) {
            fs.add(pool.submit(() -> m.match(p)));
          }
          for (Future<Object> f : fs) {
            f.get();
          }
          tput[r] = posts.size() / ((System.nanoTime() - t) / 1e9);
        }
      } finally {
        pool.shutdownNow();
      }
      Row row = new Row(name, docs / indexSec, EvalJob.percentile(lat, 0.50), EvalJob.percentile(lat, 0.99), median(tput));
      log.println("bench: " + row);
      return row;
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
