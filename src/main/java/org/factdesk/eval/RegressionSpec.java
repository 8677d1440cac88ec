package org.factdesk.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One regression experiment, stored as data (Anserini style): which collection, queries and qrels
 * to run, and the scores each method is expected to reproduce.
 *
 * <p>Bundled specs live in {@code src/main/resources/eval/<name>.yaml}:
 *
 * <pre>
 * name: clef2022-task2a-en-devtest
 * description: CheckThat! 2022 Task 2A English, dev-test queries
 * collection: ../shared/data/clef2022-task2a-en-tweets/vclaims.jsonl   # relative to the project root
 * queries: ../shared/data/clef2022-task2a-en-tweets/CT2022-Task2A-EN-Dev-Test_Queries.tsv
 * qrels: ../shared/data/clef2022-task2a-en-tweets/CT2022-Task2A-EN-Dev-Test_QRELs.tsv
 * topK: 10
 * methods:
 *   bm25:
 *     tolerance: 0.0        # absolute, per metric
 *     expected: {MAP@1: 0.7723, MAP@5: 0.8110, MRR: 0.8200}
 * </pre>
 *
 * Unknown keys, metric names outside {@link RetrievalMetrics#METRIC_NAMES}, a negative tolerance,
 * a missing field or a method without expected scores are errors ({@link
 * IllegalArgumentException} with the source name). Compare a run with {@link RegressionCheck}.
 *
 * @param name experiment id, e.g. {@code clef2022-task2a-en-devtest}
 * @param description one line for humans; optional
 * @param collection path of the collection, relative to the project root (or absolute)
 * @param queries path of the queries file, relative to the project root (or absolute)
 * @param qrels path of the qrels file, relative to the project root (or absolute)
 * @param topK depth of the run to write
 * @param methods method name → expectation, in file order
 */
public record RegressionSpec(
    String name,
    String description,
    String collection,
    String queries,
    String qrels,
    int topK,
    Map<String, MethodSpec> methods) {

  /** Bundled specs are the classpath resources {@code eval/*.yaml}. */
  public static final String RESOURCE_DIR = "eval";

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /**
   * Expected scores of one method.
   *
   * @param tolerance largest accepted |expected − actual| per metric; 0 (exact, e.g. BM25) when absent
   * @param expected metric name → value, in file order
   */
  public record MethodSpec(double tolerance, Map<String, Double> expected) {
    public MethodSpec {
      expected = expected == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }
  }

  public RegressionSpec {
    methods = methods == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(methods));
  }

  /** Reads and validates a spec file (UTF-8 YAML). */
  public static RegressionSpec load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read regression spec " + file, e);
    }
  }

  /**
   * Reads and validates a classpath resource, e.g. {@code eval/clef2022-task2a-en-devtest.yaml}.
   *
   * @throws IllegalArgumentException when there is no such resource or it is invalid
   */
  public static RegressionSpec loadResource(String resource) {
    return loadResource(resource, RegressionSpec.class.getClassLoader());
  }

  static RegressionSpec loadResource(String resource, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no classpath resource " + resource);
      }
      return load(in, "classpath:" + resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read regression spec " + resource, e);
    }
  }

  /** Parses and validates YAML from {@code in}; {@code source} names it in error messages. */
  public static RegressionSpec load(InputStream in, String source) {
    RegressionSpec spec;
    try {
      spec = YAML.readValue(in, RegressionSpec.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new IllegalArgumentException(source + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read regression spec " + source, e);
    }
    if (spec == null) {
      throw new IllegalArgumentException(source + ": empty spec");
    }
    spec.validate(source);
    return spec;
  }

  /** All bundled specs ({@code eval/*.yaml} on the classpath, directories or jars), by resource name. */
  public static List<RegressionSpec> listBundled() {
    ClassLoader loader = RegressionSpec.class.getClassLoader();
    List<RegressionSpec> specs = new ArrayList<>();
    for (String resource : bundledResourceNames(loader)) {
      specs.add(loadResource(resource, loader));
    }
    return specs;
  }

  /**
   * Names like {@code eval/x.yaml} of the bundled specs visible to {@code loader}, sorted. Finds
   * them in class directories ({@code target/classes}) and in jars, including shaded jars without
   * directory entries when this class was loaded from one.
   */
  public static List<String> bundledResourceNames(ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    try {
      for (String dir : List.of(RESOURCE_DIR, RESOURCE_DIR + "/")) {
        Enumeration<URL> urls = loader.getResources(dir);
        while (urls.hasMoreElements()) {
          scanUrl(urls.nextElement(), names);
        }
      }
      CodeSource own = RegressionSpec.class.getProtectionDomain().getCodeSource();
      if (own != null && own.getLocation() != null) {
        scanRoot(Path.of(own.getLocation().toURI()), names);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list bundled regression specs", e);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot list bundled regression specs: " + e.getMessage(), e);
    }
    return List.copyOf(names);
  }

  /** Resolves {@link #collection()} against the project root. */
  public Path collectionPath(Path projectRoot) {
    return projectRoot.resolve(collection).normalize();
  }

  /** Resolves {@link #queries()} against the project root. */
  public Path queriesPath(Path projectRoot) {
    return projectRoot.resolve(queries).normalize();
  }

  /** Resolves {@link #qrels()} against the project root. */
  public Path qrelsPath(Path projectRoot) {
    return projectRoot.resolve(qrels).normalize();
  }

  private void validate(String source) {
    require(name != null && !name.isBlank(), source, "missing 'name'");
    require(collection != null && !collection.isBlank(), source, "missing 'collection'");
    require(queries != null && !queries.isBlank(), source, "missing 'queries'");
    require(qrels != null && !qrels.isBlank(), source, "missing 'qrels'");
    require(topK >= 1, source, "'topK' must be >= 1, got " + topK);
    require(methods != null && !methods.isEmpty(), source, "no 'methods'");
    methods.forEach(
        (method, m) -> {
          String at = "method '" + method + "': ";
          require(m != null, source, at + "empty");
          require(m.tolerance() >= 0 && Double.isFinite(m.tolerance()), source,
              at + "'tolerance' must be finite and >= 0, got " + m.tolerance());
          require(m.expected() != null && !m.expected().isEmpty(), source, at + "no 'expected' scores");
          m.expected().forEach(
              (metric, value) -> {
                require(RetrievalMetrics.METRIC_NAMES.contains(metric), source,
                    at + "unknown metric '" + metric + "'; known " + RetrievalMetrics.METRIC_NAMES);
                require(value != null && value >= 0 && value <= 1, source,
                    at + "expected " + metric + " must be in [0, 1], got " + value);
              });
        });
  }

  private static void require(boolean ok, String source, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(source + ": " + problem);
    }
  }

  private static void scanUrl(URL url, Set<String> names) throws IOException, URISyntaxException {
    if ("file".equals(url.getProtocol())) {
      Path p = Path.of(url.toURI());
      scanRoot(p.getParent(), names);
    } else if ("jar".equals(url.getProtocol())) {
      String spec = url.getPath(); // file:/x/app.jar!/eval/
      int bang = spec.indexOf("!/");
      if (bang > 0 && spec.startsWith("file:")) {
        scanRoot(Path.of(URI.create(spec.substring(0, bang))), names);
      }
    }
  }

  /** Adds {@code eval/*.yaml} under a class directory or inside a jar file. */
  static void scanRoot(Path root, Set<String> names) throws IOException {
    if (Files.isDirectory(root)) {
      Path dir = root.resolve(RESOURCE_DIR);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files
              .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".yaml"))
              .forEach(f -> names.add(RESOURCE_DIR + "/" + f.getFileName()));
        }
      }
    } else if (Files.isRegularFile(root) && root.toString().endsWith(".jar")) {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream()
            .map(JarEntry::getName)
            .filter(n -> n.startsWith(RESOURCE_DIR + "/") && n.endsWith(".yaml")
                && n.indexOf('/', RESOURCE_DIR.length() + 1) < 0)
            .forEach(names::add);
      }
    }
  }
}
