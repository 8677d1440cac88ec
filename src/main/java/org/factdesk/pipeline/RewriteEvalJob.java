package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.eval.MetricReport;
import org.factdesk.eval.Qrels;
import org.factdesk.eval.RetrievalMetrics;
import org.factdesk.eval.VietnameseRewrites;
import org.factdesk.index.SearchHit;
import org.factdesk.index.lucene.StandardBm25Baseline;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.Formats;
import org.factdesk.ingest.Quarantine;
import org.factdesk.match.MatchPipeline;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;

/**
 * The Vietnamese claim-matching evaluation of issue #3: statements become the fact-check
 * collection; each statement of the query files, rewritten in every {@link
 * VietnameseRewrites.Kind}, becomes a query whose only relevant document is the original. Reports
 * P@1 and MAP@5 per kind, ours beside the StandardAnalyzer BM25 baseline from the same run.
 *
 * <p>Statements are de-duplicated on their NFC, lower-cased, whitespace-collapsed text, so a
 * statement that occurs twice is one document.
 */
public final class RewriteEvalJob {
  /** One kind's scores. */
  public record Row(String kind, int queries, double oursP1, double oursMap5, double baseP1, double baseMap5) {}

  private final MatchingSettings settings;
  private final PrintStream log;

  public RewriteEvalJob(MatchingSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * @param statements files of statements (CSV with a text-like column such as {@code content},
   *     JSONL, TSV), all indexed
   * @param queriesFrom files whose statements are rewritten into queries (must be among the
   *     statements)
   * @param dataDir where the temporary index goes
   * @param seed seed of the random decorations
   */
  public List<Row> run(List<Path> statements, List<Path> queriesFrom, Path dataDir, long seed, Quarantine quarantine)
      throws IOException {
    Files.createDirectories(dataDir);
    AuthorPseudonymiser ps = AuthorPseudonymiser.loadOrCreate(dataDir);
    Map<String, FactCheck> byKey = new LinkedHashMap<>();
    for (Path p : statements) {
      Formats.postReader(p, ps).read(p, post -> {
        String key = key(post.text());
        if (!key.isEmpty()) {
          byKey.computeIfAbsent(key, k -> FactCheck.ofClaim("s" + byKey.size(), post.text().strip(), null, null));
        }
      }, quarantine);
    }
    Set<String> queryKeys = new LinkedHashSet<>();
    for (Path p : queriesFrom) {
      Formats.postReader(p, ps).read(p, post -> {
        String key = key(post.text());
        if (byKey.containsKey(key)) {
          queryKeys.add(key);
        }
      }, quarantine);
    }
    List<FactCheck> collection = new ArrayList<>(byKey.values());
    log.printf(Locale.ROOT, "rewrite eval: %d distinct statements indexed, %d rewritten into queries%n",
        collection.size(), queryKeys.size());
    VietnameseRewrites rewrites = new VietnameseRewrites();
    List<Row> rows = new ArrayList<>();
    try (TemporaryIndex temporary = TemporaryIndex.build(dataDir, "rewrite-index-", settings, null, collection);
        StandardBm25Baseline baseline = new StandardBm25Baseline(collection)) {
      MatchPipeline pipeline = settings.lexicalPipeline(temporary.index());
      for (VietnameseRewrites.Kind kind : VietnameseRewrites.Kind.values()) {
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        Map<String, List<String>> ours = new LinkedHashMap<>();
        Map<String, List<String>> base = new LinkedHashMap<>();
        for (String key : queryKeys) {
          FactCheck target = byKey.get(key);
          String qid = kind.label() + ":" + target.id();
          String text = rewrites.rewrite(target.claimReviewed(), kind, seed);
          gold.put(qid, Set.of(target.id()));
          ours.put(qid, pipeline.match(Post.of(qid, text), 10).matches().stream()
              .map(m -> m.match().factCheck().id()).toList());
          base.put(qid, baseline.search(text, 10).stream().map(SearchHit::id).toList());
        }
        Qrels qrels = Qrels.of(gold);
        MetricReport o = RetrievalMetrics.evaluate(ours, qrels);
        MetricReport b = RetrievalMetrics.evaluate(base, qrels);
        Row row = new Row(kind.label(), queryKeys.size(), o.get("P@1"), o.get("MAP@5"), b.get("P@1"), b.get("MAP@5"));
        log.println("rewrite eval: " + row);
        rows.add(row);
      }
    }
    return rows;
  }

  /** A fixed-width table of the rows. */
  public static String format(List<Row> rows) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-15s %7s  %8s %9s  %8s %9s%n", "kind", "queries",
        "ours P@1", "ours MAP5", "base P@1", "base MAP5"));
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "%-15s %7d  %8.4f %9.4f  %8.4f %9.4f%n", r.kind(), r.queries(), r.oursP1(),
          r.oursMap5(), r.baseP1(), r.baseMap5()));
    }
    return sb.toString();
  }

  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
