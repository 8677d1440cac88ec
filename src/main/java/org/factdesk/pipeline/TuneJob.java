package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.eval.Qrels;
import org.factdesk.eval.RetrievalMetrics;
import org.factdesk.index.Bm25Params;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexField;
import org.factdesk.index.SearchHit;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.ingest.Formats;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.text.LanguageIdentifier;
import org.factdesk.text.analysis.MatchAnalyzer;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;

/**
 * The grid search behind {@link TunedValues}: analysis chain (stemmer, stop words) × BM25 (k1, b)
 * × field weights, scored by MAP@5 on each given qrels split. Only train/dev splits may be given
 * when choosing values; the reported splits are never tuned on.
 */
public final class TuneJob {
  /** Field weights tried: claim, title, subtitle, all. */
  static final float[][] WEIGHTS = {{0, 0, 0, 1}, {1, 0.5f, 0.25f, 0}, {0.5f, 0.3f, 0, 1}, {0.3f, 0.3f, 0.2f, 1}};
  /** (k1, b) pairs tried. */
  static final float[][] BM25 = {{1.2f, 0.75f}, {0.9f, 0.4f}, {1.5f, 0.6f}};

  private final PrintStream log;

  public TuneJob(PrintStream log) {
    this.log = log;
  }

  /**
   * Runs the grid and returns one line per configuration ({@code stemmer stop k1 b weights
   * MAP@5 per split}), in grid order.
   *
   * @param collection fact-checks
   * @param queries query file(s) holding every query of the splits
   * @param splits split name → qrels file
   * @param dataDir where temporary indexes go
   */
  public List<String> run(Path collection, List<Path> queries, Map<String, Path> splits, Path dataDir) throws IOException {
    List<FactCheck> docs = new ArrayList<>();
    CollectingQuarantine q = new CollectingQuarantine();
    Formats.factCheckReader(collection).read(collection, docs::add, q);
    Files.createDirectories(dataDir);
    AuthorPseudonymiser ps = AuthorPseudonymiser.loadOrCreate(dataDir);
    Map<String, Post> posts = new LinkedHashMap<>();
    for (Path p : queries) {
      Formats.postReader(p, ps).read(p, post -> posts.put(post.id(), post), q);
    }
    Map<String, Qrels> qrels = new LinkedHashMap<>();
    splits.forEach((name, path) -> qrels.put(name, Qrels.read(path)));
    List<String> lines = new ArrayList<>();
    MatchingSettings base = MatchingSettings.defaults();
    for (MatchAnalyzer.Stemmer stemmer : new MatchAnalyzer.Stemmer[] {MatchAnalyzer.Stemmer.PORTER, MatchAnalyzer.Stemmer.KSTEM}) {
      for (boolean stop : new boolean[] {true, false}) {
        MultilingualMatchAnalysis analyzer =
            new MultilingualMatchAnalysis(new MatchAnalyzer(stemmer, stop), LanguageIdentifier.standard());
        Path dir = Files.createTempDirectory(dataDir, "tune-index-");
        try {
          boolean built = false;
          for (float[] kb : BM25) {
            MatchingSettings s = base.withAnalysis(analyzer, new Bm25Params(kb[0], kb[1]));
            try (FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, s.indexSettings()), analyzer)) {
              if (!built) {
                index.upsert(docs);
                index.commit();
                built = true;
              }
              for (float[] w : WEIGHTS) {
                Map<IndexField, Float> boosts = new EnumMap<>(IndexField.class);
                boosts.put(IndexField.CLAIM, w[0]);
                boosts.put(IndexField.TITLE, w[1]);
                boosts.put(IndexField.SUBTITLE, w[2]);
                boosts.put(IndexField.ALL, w[3]);
                boosts.put(IndexField.ALL_FOLDED, base.fieldBoosts().get(IndexField.ALL_FOLDED));
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%-6s stop=%-5s k1=%.1f b=%.2f claim/title/subtitle/all=%.2f/%.2f/%.2f/%.2f", stemmer, stop, kb[0],
                    kb[1], w[0], w[1], w[2], w[3]));
                for (Map.Entry<String, Qrels> e : qrels.entrySet()) {
                  Map<String, List<String>> run = new LinkedHashMap<>();
                  for (String qid : e.getValue().queryIds()) {
                    Post p = posts.get(qid);
                    if (p != null) {
                      run.put(qid, index.search(p.text(), p.language(), boosts, 10).hits().stream().map(SearchHit::id).toList());
                    }
                  }
                  line.append(String.format(Locale.ROOT, "  %s MAP@5=%.4f", e.getKey(),
                      RetrievalMetrics.evaluate(run, e.getValue()).get("MAP@5")));
                }
                log.println(line);
                lines.add(line.toString());
              }
            }
          }
        } finally {
          IndexOpener.deleteRecursively(dir);
        }
      }
    }
    return lines;
  }
}
