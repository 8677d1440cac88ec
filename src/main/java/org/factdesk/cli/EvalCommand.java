package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.eval.MetricReport;
import org.factdesk.eval.MetricsTable;
import org.factdesk.eval.RegressionCheck;
import org.factdesk.eval.RegressionSpec;
import org.factdesk.ingest.QuarantineFile;
import org.factdesk.pipeline.EvalConfig;
import org.factdesk.match.Retrieval;
import org.factdesk.pipeline.EvalJob;
import org.factdesk.pipeline.EvalSummary;
import org.factdesk.pipeline.MatchingSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk eval}: CheckThat! Task 2-style evaluation, ours beside the baseline. */
@Command(name = "eval", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Evaluate matching on CheckThat!-style data, ours beside a StandardAnalyzer BM25 baseline.",
      "",
      "Indexes a fact-check collection, matches the queries that have qrels and prints MAP@1/3/5/",
      "10/20/all, MRR, P@k and R@k for factdesk's matcher (bm25) and for plain Lucene",
      "StandardAnalyzer BM25 (baseline-standard-bm25), computed in the same run. The collection",
      "format is detected (CheckThat! 2020 TSV, 2022 JSONL or JSON directory, ClaimReview).",
      "With --regression NAME|all, runs bundled regression specs and checks their expected",
      "scores (exit 1 if a score moved beyond its tolerance)."})
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;
  @Mixin IndexUrlOption indexUrl;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Inputs inputs;

  static final class Inputs {
    @ArgGroup(exclusive = false)
    Files files;

    @Option(names = "--regression", paramLabel = "NAME",
        description = "Run a bundled regression spec (or 'all') and check its expected scores.")
    String regression;
  }

  static final class Files {
    @Option(names = "--collection", paramLabel = "FILE", required = true, description = "Fact-check collection.")
    Path collection;

    @Option(names = "--queries", paramLabel = "FILE", required = true, description = "Queries (e.g. tweets .tsv).")
    Path queries;

    @Option(names = "--qrels", paramLabel = "FILE", required = true, description = "TREC qrels.")
    Path qrels;
  }

  @Option(names = "--run-out", paramLabel = "FILE",
      description = "Write our TREC run file here (the baseline's goes beside it as NAME.baseline.EXT).")
  Path runOut;

  @Option(names = "--top-k", paramLabel = "N", defaultValue = "10", description = "Run depth (default: ${DEFAULT-VALUE}).")
  int topK;

  @Option(names = "--retriever", paramLabel = "MODE", split = ",",
      defaultValue = "bm25,dense,hybrid-rrf,hybrid-wsf,hybrid", converter = RetrievalConverter.class,
      description = "Retrieval modes to evaluate, comma-separated: bm25, dense, hybrid-rrf, hybrid-wsf, hybrid "
          + "(default: ${DEFAULT-VALUE}); the first one's run goes to --run-out.")
  List<Retrieval> retrievers;

  @Option(names = "--model-dir", paramLabel = "DIR",
      description = "Sentence-transformers ONNX export (model.onnx + tokenizer.json) for dense retrieval; "
          + "default: the bundled all-MiniLM-L6-v2.")
  Path modelDir;

  @Option(names = "--fusion-weights", paramLabel = "BM25,DENSE", split = ",",
      description = "Override the weights of weighted score fusion (for tuning on train/dev only).")
  List<Double> fusionWeights;

  @Option(names = "--calibrate", description = "Also print precision/recall of the top match per confidence threshold.")
  boolean calibrate;

  @Option(names = "--project-root", paramLabel = "DIR", defaultValue = ".",
      description = "Base for the relative paths in regression specs (default: ${DEFAULT-VALUE}).")
  Path projectRoot;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (inputs.regression != null) {
      return regressions(out);
    }
    EvalSummary s = evaluate(inputs.files.collection, inputs.files.queries, inputs.files.qrels, retrievers, out);
    return s.collectionStats().rejected() + s.queryStats().rejected() > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  private EvalSummary evaluate(Path collection, Path queries, Path qrels, List<Retrieval> methods, PrintWriter out)
      throws Exception {
    EvalConfig config = new EvalConfig(collection, queries, qrels, runOut, topK, dataDir.dataDir, calibrate, methods, modelDir,
        indexUrl.url());
    EvalSummary s;
    try (QuarantineFile quarantine = new QuarantineFile(dataDir.dataDir.resolve("eval-quarantine.jsonl"), System.err)) {
      MatchingSettings settings = MatchingSettings.defaults();
      if (fusionWeights != null) {
        if (fusionWeights.size() != 2) {
          throw new IllegalArgumentException("--fusion-weights takes two numbers: BM25,DENSE");
        }
        settings = settings.withFusionWeights(fusionWeights.get(0), fusionWeights.get(1));
      }
      s = new EvalJob(settings, System.err).run(config, quarantine);
    }
    out.printf(Locale.ROOT, "queries evaluated: %d of %d in the qrels%s%n", s.queriesEvaluated(), s.queriesInQrels(),
        s.queriesEvaluated() < s.queriesInQrels() ? " (the missing ones score 0)" : "");
    out.print(MetricsTable.format(upToDepth(s.byMethod(), topK)));
    out.printf(Locale.ROOT, "index: %.2f s (%.0f fact-checks/s)%n", s.indexSeconds(),
        s.collectionStats().accepted() / Math.max(1e-9, s.indexSeconds()));
    s.latency().forEach((m, l) -> out.printf(Locale.ROOT, "match latency per query, %s: p50 %.2f ms, p99 %.2f ms%n", m, l[0], l[1]));
    if (runOut != null) {
      out.println("run files: " + runOut + " (" + methods.get(0).label() + "), others beside it as NAME.METHOD.EXT");
    }
    s.calibration().forEach((m, c) -> {
      out.println("confidence calibration, " + m + " (top-1 match; negatives = top match with the relevant fact-checks removed):");
      out.print(c.format());
      out.printf(Locale.ROOT, "lowest threshold with precision >= 0.95: %.2f; >= 0.80: %.2f; >= 0.50: %.2f%n",
          c.thresholdFor(0.95), c.thresholdFor(0.80), c.thresholdFor(0.50));
    });
    out.flush();
    return s;
  }

  /** Drops metrics deeper than the run (MAP@20 of a depth-10 run would just repeat MAP@10). */
  static Map<String, MetricReport> upToDepth(Map<String, MetricReport> byMethod, int depth) {
    Map<String, MetricReport> out = new LinkedHashMap<>();
    byMethod.forEach((method, r) -> {
      Map<String, Double> kept = new LinkedHashMap<>();
      r.metrics().forEach((name, v) -> {
        int at = name.indexOf('@');
        String k = at < 0 ? null : name.substring(at + 1);
        if (k == null || (!k.equals("all") && Integer.parseInt(k) <= depth)) {
          kept.put(name, v);
        }
      });
      out.put(method, new MetricReport(kept, r.queries(), r.missingQueries(), r.apAt5()));
    });
    return out;
  }

  private int regressions(PrintWriter out) throws Exception {
    List<RegressionSpec> bundled = RegressionSpec.listBundled();
    List<RegressionSpec> specs = inputs.regression.equals("all")
        ? bundled
        : bundled.stream().filter(r -> r.name().equals(inputs.regression)).toList();
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("no regression spec named '" + inputs.regression + "'; bundled: "
          + bundled.stream().map(RegressionSpec::name).toList() + " or 'all'");
    }
    for (RegressionSpec rs : specs) {
      for (Path p : List.of(rs.collectionPath(projectRoot), rs.queriesPath(projectRoot), rs.qrelsPath(projectRoot))) {
        if (!java.nio.file.Files.exists(p)) {
          throw new IllegalArgumentException("regression " + rs.name() + " needs " + p + ", which does not exist; run from"
              + " the project root with ../shared beside it, or pass --project-root DIR");
        }
      }
    }
    boolean ok = true;
    for (RegressionSpec rs : specs) {
      out.println("== " + rs.name() + ": " + (rs.description() == null ? "" : rs.description()));
      topK = rs.topK();
      List<Retrieval> methods = rs.methods().keySet().stream().filter(m -> !m.equals(EvalJob.BASELINE))
          .map(Retrieval::parse).toList();
      EvalSummary s = evaluate(rs.collectionPath(projectRoot), rs.queriesPath(projectRoot), rs.qrelsPath(projectRoot),
          methods, out);
      Map<String, MetricReport> byMethod = new LinkedHashMap<>(s.byMethod());
      for (String method : rs.methods().keySet()) {
        MetricReport actual = byMethod.get(method);
        if (actual == null) {
          out.println("FAIL " + rs.name() + "/" + method + ": no such method in this build");
          ok = false;
          continue;
        }
        RegressionCheck.Result r = RegressionCheck.compare(rs, method, actual);
        out.print(r.summary());
        ok &= r.passed();
      }
    }
    out.println(ok ? "regressions: all passed" : "regressions: FAILED");
    out.flush();
    return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }
}
