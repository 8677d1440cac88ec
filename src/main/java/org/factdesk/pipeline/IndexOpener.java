package org.factdesk.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.index.Embedder;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.index.lucene.SettingsMismatchException;
import org.factdesk.model.FactCheck;

/** Opens the embedded fact-check index under a data directory, rebuilding it when asked. */
public final class IndexOpener {
  private IndexOpener() {}

  /** Where the index lives: {@code <dataDir>/index}. */
  public static Path indexDir(Path dataDir) {
    return dataDir.resolve("index");
  }

  /**
   * @param dataDir the data directory
   * @param settings matching settings (analyzer, BM25)
   * @param rebuild when the index was built with another analyzer: re-analyse its stored
   *     fact-checks (true) or throw (false)
   * @param log progress lines
   * @throws SettingsMismatchException if the analyzer changed and {@code rebuild} is false
   */
  public static FactCheckIndex open(Path dataDir, MatchingSettings settings, boolean rebuild, PrintStream log)
      throws IOException {
    return open(dataDir, settings, null, rebuild, log);
  }

  /**
   * Opens the index with sentence vectors from {@code embedder} (null for lexical only).
   *
   * @throws SettingsMismatchException if the analyzer or the vector model changed and {@code
   *     rebuild} is false
   */
  public static FactCheckIndex open(Path dataDir, MatchingSettings settings, Embedder embedder, boolean rebuild,
      PrintStream log) throws IOException {
    Path dir = indexDir(dataDir);
    IndexSettings indexSettings = settings.indexSettings(embedder == null ? null : embedder.id());
    try {
      return new FactCheckIndex(LuceneBackend.open(dir, indexSettings), settings.analysis(), embedder);
    } catch (SettingsMismatchException e) {
      if (!rebuild) {
        throw e;
      }
    }
    List<FactCheck> stored = LuceneBackend.readStored(dir);
    log.println("rebuilding index " + dir + " with analyzer " + indexSettings.analyzerId()
        + (embedder == null ? "" : " and vectors " + embedder.id()) + ": " + stored.size() + " fact-checks");
    deleteRecursively(dir);
    FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, indexSettings), settings.analysis(), embedder);
    index.upsert(stored);
    index.commit();
    return index;
  }

  /** Deletes the index under a data directory, if any (the pseudonymisation secret is kept). */
  public static void deleteIndex(Path dataDir) throws IOException {
    deleteRecursively(indexDir(dataDir));
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
