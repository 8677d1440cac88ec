package org.factdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.pipeline.TuneJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factdesk tune}: the grid search behind the matcher's defaults (train/dev splits only). */
@Command(name = "tune", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = {
      "Grid-search the lexical matcher (stemmer, stop words, BM25 k1/b, field weights) by MAP@5.",
      "",
      "Give only train/dev splits: the defaults were chosen this way on CheckThat! 2022 train and",
      "are never tuned on the splits that are reported (dev-test, 2020 test)."})
public final class TuneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Option(names = "--collection", paramLabel = "FILE", required = true, description = "Fact-check collection.")
  Path collection;

  @Option(names = "--queries", paramLabel = "FILE", arity = "1..*", required = true, description = "Query files.")
  List<Path> queries = new ArrayList<>();

  @Option(names = "--split", paramLabel = "NAME=QRELS", required = true,
      description = "A named split and its qrels, e.g. train=CT2022-Task2A-EN-Train_QRELs.tsv (repeatable).")
  Map<String, Path> splits = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    List<String> lines = new TuneJob(System.err).run(collection, queries, splits, dataDir.dataDir);
    lines.forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
