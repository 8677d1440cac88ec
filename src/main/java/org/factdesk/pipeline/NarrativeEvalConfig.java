package org.factdesk.pipeline;

import java.nio.file.Path;
import java.util.Set;

/**
 * Input of {@link NarrativeEvalJob}.
 *
 * @param datasets shared data directory holding {@code clef2022-task2a-en-tweets/} and {@code
 *     clef2020-task2-en-tweets/}
 * @param year 2022 or 2020
 * @param split {@code dev-test} (2020: its test set), {@code dev} or {@code train}
 * @param modelDir sentence-transformers ONNX export, or null for the bundled all-MiniLM-L6-v2
 * @param nearDuplicate MinHash Jaccard threshold of ours
 * @param paraphrase cosine threshold of ours with embeddings
 * @param tfidf cosine threshold of the TF-IDF baseline
 * @param tune also print a threshold grid (refused on dev-test)
 */
public record NarrativeEvalConfig(Path datasets, int year, String split, Path modelDir, double nearDuplicate,
    double paraphrase, double tfidf, boolean tune) {
  /** @throws IllegalArgumentException on an unknown year or split, or tuning on dev-test */
  public NarrativeEvalConfig {
    if (year != 2022 && year != 2020) {
      throw new IllegalArgumentException("--year must be 2022 or 2020, got " + year);
    }
    if (!Set.of("dev-test", "dev", "train").contains(split)) {
      throw new IllegalArgumentException("--split must be dev-test, dev or train, got " + split);
    }
    if (tune && split.equals("dev-test")) {
      throw new IllegalArgumentException("--tune only on train or dev: dev-test is the reported split");
    }
  }

  /** Query file of the split. */
  public Path queries() {
    if (year == 2020) {
      return datasets.resolve("clef2020-task2-en-tweets").resolve(dir2020()).resolve("tweets.queries.tsv");
    }
    return datasets.resolve("clef2022-task2a-en-tweets")
        .resolve(split.equals("dev-test") ? "CT2022-Task2A-EN-Dev-Test_Queries.tsv" : "CT2022-Task2A-EN-Train-Dev_Queries.tsv");
  }

  /** Qrels file of the split. */
  public Path qrels() {
    if (year == 2020) {
      return datasets.resolve("clef2020-task2-en-tweets").resolve(dir2020()).resolve("tweet-vclaim-pairs.qrels");
    }
    String name = switch (split) {
      case "dev-test" -> "CT2022-Task2A-EN-Dev-Test_QRELs.tsv";
      case "dev" -> "CT2022-Task2A-EN-Dev_QRELs.tsv";
      default -> "CT2022-Task2A-EN-Train_QRELs.tsv";
    };
    return datasets.resolve("clef2022-task2a-en-tweets").resolve(name);
  }

  private String dir2020() {
    return split.equals("dev-test") ? "test" : split;
  }
}
