package org.factdesk.match.encoder.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.factdesk.match.encoder.BundledMiniLmEncoder;

/**
 * Throughput of the bundled all-MiniLM-L6-v2 on real fact-check claims: median sentences/s over 3
 * repetitions (after one warm-up pass), single-threaded one by one versus batched on all cores,
 * with langchain4j's own {@code embedAll} for comparison.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   org.factdesk.match.encoder.bench.EncoderBenchmark ../shared/data/clef2022-task2a-en-tweets/vclaims.jsonl 2000
 * </pre>
 */
public final class EncoderBenchmark {
  private static final int REPETITIONS = 3;

  private EncoderBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path vclaims = Path.of(args.length > 0 ? args[0] : "../shared/data/clef2022-task2a-en-tweets/vclaims.jsonl");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    List<String> texts = firstClaims(vclaims, n);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "%d vclaim texts from %s, %d cores, %s%n", texts.size(), vclaims, cores, System.getProperty("java.vm.version"));
    try (BundledMiniLmEncoder one = new BundledMiniLmEncoder(1)) {
      report("single thread, encode() one by one", texts, t -> t.forEach(one::encode));
      report("single thread, encodeBatch()", texts, one::encodeBatch);
      report(cores + " Java threads x encodeBatch(), 1 ORT thread", texts, t -> inParallel(t, cores, one::encodeBatch));
    }
    try (BundledMiniLmEncoder all = new BundledMiniLmEncoder(cores)) {
      report(cores + " ORT threads, encode() one by one", texts, t -> t.forEach(all::encode));
      report(cores + " ORT threads, encodeBatch()", texts, all::encodeBatch);
    }
    AllMiniLmL6V2EmbeddingModel lc4j = new AllMiniLmL6V2EmbeddingModel();
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    report("langchain4j embedAll (default executor)", texts, t -> lc4j.embedAll(segments));
  }

  private static void report(String label, List<String> texts, Consumer<List<String>> run) {
    run.accept(texts.subList(0, Math.min(200, texts.size()))); // warm-up
    double[] rates = new double[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long start = System.nanoTime();
      run.accept(texts);
      rates[r] = texts.size() / ((System.nanoTime() - start) / 1e9);
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "%-45s median %7.1f sentences/s  (runs %s)%n", label, rates[REPETITIONS / 2], Arrays.toString(round(rates)));
  }

  /** Splits {@code texts} into {@code parts} contiguous slices encoded concurrently. */
  private static void inParallel(List<String> texts, int parts, Consumer<List<String>> run) {
    List<Thread> threads = new ArrayList<>();
    int size = (texts.size() + parts - 1) / parts;
    for (int from = 0; from < texts.size(); from += size) {
      List<String> slice = texts.subList(from, Math.min(texts.size(), from + size));
      threads.add(start(() -> run.accept(slice)));
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String[] round(double[] rates) {
    return Arrays.stream(rates).mapToObj(r -> String.format(Locale.ROOT, "%.1f", r)).toArray(String[]::new);
  }

  private static Thread start(Runnable r) {
    Thread t = new Thread(r);
    t.start();
    return t;
  }

  static List<String> firstClaims(Path jsonl, int n) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl)) {
      for (String line; out.size() < n && (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(json.readTree(line).path("vclaim").asText());
        }
      }
    }
    return out;
  }
}
