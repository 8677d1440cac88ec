package org.factdesk.web.portal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factdesk.web.portal.PortalFixture;
import org.factdesk.web.portal.PortalFixture.Article;
import org.factdesk.web.portal.VisitorCounter;

/**
 * Portal cost on the bundled demo fact-checks (1,143, English) published into an embedded H2
 * database: index build at start-up, median latency of each public page over loopback HTTP (3
 * repetitions of {@code requests} sequential GETs after a warm-up), and the visitor counter's cost per
 * page view — the batched in-memory {@link VisitorCounter#count} versus the baseline of one database
 * transaction per view (UPDATE, INSERT when new — what a synchronous counter does).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   org.factdesk.web.portal.bench.PortalBenchmark 300
 * </pre>
 */
public final class PortalBenchmark {
  private static final int REPETITIONS = 3;

  private PortalBenchmark() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path dir = Files.createTempDirectory("portal-bench");
    try (PortalFixture f = new PortalFixture(dir)) {
      int n = publishDemo(f);
      long t0 = System.nanoTime();
      f.portal();
      double buildMs = (System.nanoTime() - t0) / 1e6;
      System.out.printf(Locale.ROOT, "%d published fact-checks; %d cores; %s%n", n,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
      System.out.printf(Locale.ROOT, "start-up (read published revisions + build the search index): %.0f ms%n", buildMs);
      Javalin app = f.app().start("127.0.0.1", 0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        String origin = "http://127.0.0.1:" + app.port();
        String slug = "demo-1";
        for (String path : List.of("/", "/category/y-te-cong-dong", "/search?q=vaccine+autism",
            "/search?q=obama&from=2016-01-01&to=2018-12-31", "/fact-checks/" + slug)) {
          get(http, origin + path, requests / 3); // warm-up
          double[] medians = new double[REPETITIONS];
          for (int r = 0; r < REPETITIONS; r++) {
            medians[r] = medianMs(http, origin + path, requests);
          }
          Arrays.sort(medians);
          System.out.printf(Locale.ROOT, "GET %-50s median %.2f ms (per-repetition medians %s)%n", path,
              medians[REPETITIONS / 2], Arrays.toString(medians));
        }
      } finally {
        app.stop();
      }
      counterCost(f);
    }
  }

  private static int publishDemo(PortalFixture f) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int i = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        PortalBenchmark.class.getResourceAsStream("/demo/factchecks.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = json.readTree(line);
        String claim = n.path("vclaim").asText();
        String title = n.path("title").asText(claim);
        i++;
        Article a = new Article("demo-" + i, title.isBlank() ? claim : title, claim).lang("en")
            .summary(n.path("subtitle").asText("")).body(n.path("subtitle").asText("") + "\n\n" + claim)
            .category(i % 2 == 0 ? "y-te-cong-dong" : "gia-ca-thi-truong")
            .published(Instant.parse("2016-01-01T00:00:00Z").plusSeconds(86_400L * (i % 2000)).toString());
        f.publish(i % 50 == 0 ? a.featured() : a);
      }
    }
    return i;
  }

  private static double medianMs(HttpClient http, String url, int requests) throws Exception {
    double[] ms = new double[requests];
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", PortalFixture.BROWSER).build();
    for (int i = 0; i < requests; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(url + ": " + r.statusCode());
      }
    }
    Arrays.sort(ms);
    return ms[requests / 2];
  }

  private static void get(HttpClient http, String url, int times) throws Exception {
    medianMs(http, url, Math.max(1, times));
  }

  private static void counterCost(PortalFixture f) {
    List<String> paths = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      paths.add("/fact-checks/demo-" + i);
    }
    int batched = 200_000;
    int direct = 2_000;
    double[] perViewBatched = new double[REPETITIONS];
    double[] perViewDirect = new double[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      VisitorCounter counter = new VisitorCounter(f.db, f.clock, 0);
      long t = System.nanoTime();
      for (int i = 0; i < batched; i++) {
        counter.count(paths.get(i % paths.size()), PortalFixture.BROWSER);
      }
      perViewBatched[r] = (System.nanoTime() - t) / (double) batched;
      long tf = System.nanoTime();
      counter.flush();
      System.out.printf(Locale.ROOT, "  flush of %d views on %d paths: %.1f ms%n", batched, paths.size(),
          (System.nanoTime() - tf) / 1e6);
      LocalDate day = LocalDate.now(f.clock);
      t = System.nanoTime();
      for (int i = 0; i < direct; i++) {
        String p = paths.get(i % paths.size());
        f.db.jdbi().useTransaction(h -> {
          if (h.createUpdate("UPDATE page_views SET views = views + 1 WHERE path = :p AND day_utc = :d")
              .bind("p", p).bind("d", day).execute() == 0) {
            h.createUpdate("INSERT INTO page_views (path, day_utc, views) VALUES (:p, :d, 1)")
                .bind("p", p).bind("d", day).execute();
          }
        });
      }
      perViewDirect[r] = (System.nanoTime() - t) / (double) direct;
    }
    Arrays.sort(perViewBatched);
    Arrays.sort(perViewDirect);
    System.out.printf(Locale.ROOT, "visitor counter per view: batched count() %.0f ns (medians %s); baseline one "
        + "transaction per view %.0f ns (medians %s)%n", perViewBatched[1], Arrays.toString(perViewBatched),
        perViewDirect[1], Arrays.toString(perViewDirect));
  }
}
