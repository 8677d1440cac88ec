package org.factdesk.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.factdesk.eval.Qrels;
import org.factdesk.eval.RetrievalMetrics;
import org.factdesk.index.Embedder;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.SearchHit;
import org.factdesk.index.SearchResult;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.ingest.AuthorPseudonymiser;
import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.ingest.Formats;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Post;
import org.factdesk.model.Rating;
import org.factdesk.pipeline.MatchingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real cluster (`.ci/opensearch.sh start`): ranking parity with the embedded index on
 * CheckThat! 2022 dev-test, idempotent upserts, and a node killed in the middle of bulk indexing.
 * Skipped unless {@code FACTDESK_OPENSEARCH_URL} is set.
 */
@Tag("opensearch")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchClusterTest {
  private static final String SKIP = "skipped: set FACTDESK_OPENSEARCH_URL=http://127.0.0.1:9200 to run (.ci/opensearch.sh start)";
  private static final Path CLEF = Path.of("../shared/data/clef2022-task2a-en-tweets");
  @TempDir Path tmp;
  private List<URI> urls;
  private String alias;
  private final MatchingSettings settings = MatchingSettings.defaults();

  @BeforeEach
  void cluster() {
    String url = System.getenv("FACTDESK_OPENSEARCH_URL");
    assumeTrue(url != null && !url.isBlank(), SKIP);
    urls = ClusterClient.parseUrls(url);
    alias = "factdesk-test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void dropIndex() throws IOException {
    if (urls == null) {
      return;
    }
    try (ClusterClient c = new ClusterClient(urls, RetryPolicy.DEFAULT)) {
      c.send("DELETE", "/" + alias + "-v*", Map.of(), (com.fasterxml.jackson.databind.JsonNode) null);
    }
  }

  private FactCheckIndex cluster(int replicas) throws IOException {
    return new FactCheckIndex(OpenSearchBackend.open(urls, alias, settings.indexSettings(), replicas), settings.analysis());
  }

  @Test
  @Order(1)
  void devTestTop10AndMap5EqualTheEmbeddedIndex() throws Exception {
    assumeTrue(Files.isDirectory(CLEF), "skipped: " + CLEF + " not found (CheckThat! 2022 data)");
    List<FactCheck> collection = new ArrayList<>();
    CollectingQuarantine quarantine = new CollectingQuarantine();
    Path vclaims = CLEF.resolve("vclaims.jsonl");
    Formats.factCheckReader(vclaims).read(vclaims, collection::add, quarantine);
    Qrels qrels = Qrels.read(CLEF.resolve("CT2022-Task2A-EN-Dev-Test_QRELs.tsv"));
    Path queriesFile = CLEF.resolve("CT2022-Task2A-EN-Dev-Test_Queries.tsv");
    List<Post> queries = new ArrayList<>();
    Formats.postReader(queriesFile, AuthorPseudonymiser.loadOrCreate(tmp)).read(queriesFile, queries::add, quarantine);
    assertThat(queries).hasSizeGreaterThan(100);

    Map<String, List<String>> embeddedRun = new LinkedHashMap<>();
    Map<String, List<String>> clusterRun = new LinkedHashMap<>();
    int compared = 0;
    try (FactCheckIndex embedded = new FactCheckIndex(LuceneBackend.open(tmp.resolve("index"), settings.indexSettings()),
            settings.analysis());
        FactCheckIndex cluster = cluster(1)) {
      // analysed once, the same documents go to both back ends
      for (int from = 0; from < collection.size(); from += 1000) {
        List<org.factdesk.index.AnalyzedDocument> docs = collection.subList(from, Math.min(collection.size(), from + 1000))
            .stream().map(embedded::analyze).toList();
        embedded.backend().upsert(docs);
        cluster.backend().upsert(docs);
      }
      embedded.commit();
      cluster.commit();
      assertThat(cluster.size()).isEqualTo(embedded.size());
      for (Post q : queries) {
        SearchResult e = embedded.search(q.text(), q.language(), settings.fieldBoosts(), 10);
        SearchResult c = cluster.search(q.text(), q.language(), settings.fieldBoosts(), 10);
        assertThat(ids(c)).as("top-10 of query %s", q.id()).isEqualTo(ids(e));
        for (int i = 0; i < e.hits().size(); i++) {
          double se = e.hits().get(i).score();
          double sc = c.hits().get(i).score();
          assertThat(Math.abs(sc - se)).as("score of %s for %s", e.hits().get(i).id(), q.id())
              .isLessThanOrEqualTo(1e-4 * Math.abs(se));
        }
        assertThat(c.maxPossibleScore()).as("bound for %s", q.id())
            .isCloseTo(e.maxPossibleScore(), org.assertj.core.data.Offset.offset(1e-9 * e.maxPossibleScore()));
        embeddedRun.put(q.id(), ids(e));
        clusterRun.put(q.id(), ids(c));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(queries.size());
    double mapEmbedded = RetrievalMetrics.evaluate(embeddedRun, qrels).get(RetrievalMetrics.mapName(5));
    double mapCluster = RetrievalMetrics.evaluate(clusterRun, qrels).get(RetrievalMetrics.mapName(5));
    assertThat(mapCluster).isEqualTo(mapEmbedded);
    assertThat(mapEmbedded).isGreaterThan(0.5);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static FactCheck fc(String id, String claim, String url) {
    return new FactCheck(id, claim, Rating.textual("False"), url, null, null, ItemReviewed.UNKNOWN, "en", null, null);
  }

  @Test
  @Order(2)
  void upsertsAreIdempotentByIdAndByUrl() throws Exception {
    try (FactCheckIndex index = cluster(1)) {
      List<FactCheck> batch = List.of(fc("a", "Vaccines cause autism", "https://fc.example/a"),
          fc("b", "Bananas cure cancer", null), fc("c", "5G spreads viruses", "https://fc.example/c"));
      index.upsert(batch);
      index.commit();
      index.upsert(batch);
      index.commit();
      assertThat(index.size()).isEqualTo(3);
      // same url, new id: replaces "a" (committed) ...
      index.upsert(List.of(fc("a2", "Vaccines cause autism, again", "https://fc.example/a")));
      // ... and within one uncommitted stretch: "c" then "c2" then "c3" share a url
      index.upsert(List.of(fc("c2", "5G spreads viruses, again", "https://fc.example/c")));
      index.upsert(List.of(fc("c3", "5G spreads viruses, third", "https://fc.example/c")));
      index.commit();
      assertThat(index.size()).isEqualTo(3);
      assertThat(index.backend().get("a")).isEmpty();
      assertThat(index.backend().get("c")).isEmpty();
      assertThat(index.backend().get("c2")).isEmpty();
      assertThat(index.backend().get("c3").orElseThrow().claimReviewed()).isEqualTo("5G spreads viruses, third");
      assertThat(index.search("vaccines autism", "en", Map.of(org.factdesk.index.IndexField.ALL, 1f), 5).hits())
          .extracting(SearchHit::id).containsExactly("a2");
    }
  }

  @Test
  @Order(3)
  void reopeningWithAnotherAnalyzerIsRefused() throws Exception {
    try (FactCheckIndex index = cluster(0)) {
      index.upsert(List.of(fc("a", "Vaccines cause autism", null)));
      index.commit();
    }
    var other = new org.factdesk.index.IndexSettings("another-analyzer", Map.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenSearchBackend.open(urls, alias, other, 0))
        .isInstanceOf(ClusterSettingsMismatchException.class).hasMessageContaining("another-analyzer");
  }

  @Test
  @Order(4)
  void migrateCopiesRecordsAndVectorsAndChecksTheCount() throws Exception {
    Embedder toy = new Embedder() {
      @Override
      public String id() {
        return "toy-2d";
      }

      @Override
      public List<float[]> embed(List<String> texts) {
        return texts.stream().map(t -> new float[] {(float) Math.cos(t.length()), (float) Math.sin(t.length())}).toList();
      }
    };
    Path data = tmp.resolve("data");
    List<FactCheck> fcs = List.of(fc("m1", "Vaccines cause autism", "https://fc.example/m1"),
        fc("m2", "Bananas cure cancer", null), fc("m3", "5G spreads viruses", null));
    try (FactCheckIndex embedded = new FactCheckIndex(LuceneBackend.open(data.resolve("index"),
        settings.indexSettings(toy.id())), settings.analysis(), toy)) {
      embedded.upsert(fcs);
      embedded.commit();
    }
    var job = new org.factdesk.pipeline.MigrateJob(settings, System.err);
    var result = job.run(data, String.join(",", urls.stream().map(URI::toString).toList()), alias, false);
    assertThat(result.countsMatch()).isTrue();
    assertThat(result.vectors()).isEqualTo(3);
    try (OpenSearchBackend cluster = OpenSearchBackend.open(urls, alias, settings.indexSettings(toy.id()), 1)) {
      String sha = FactCheckIndex.sha256(Embedder.textOf(fcs.get(1)));
      assertThat(cluster.storedVector("m2", sha)).hasValueSatisfying(v -> assertThat(v).containsExactly(
          toy.embed(List.of(Embedder.textOf(fcs.get(1)))).get(0)));
      assertThat(cluster.get("m1").orElseThrow()).isEqualTo(fcs.get(0));
      assertThat(cluster.vectors(List.of("m1", "m3", "nope"))).containsOnlyKeys("m1", "m3");
      // the cluster now holds one more than a new embedded index: the count check fails
      cluster.upsert(List.of(new FactCheckIndex(cluster, settings.analysis()).analyze(fc("extra", "Extra claim", null))));
      cluster.commit();
    }
    assertThat(job.run(data, urls.get(0).toString(), alias, false).countsMatch()).isFalse();
  }

  /** Kills node 2 during bulk indexing and restarts it: every document ends up indexed once. */
  @Test
  @Order(10)
  void bulkIndexingSurvivesANodeDying() throws Exception {
    String pidFile = System.getenv("FACTDESK_OPENSEARCH_NODE2_PIDFILE");
    String restart = System.getenv("FACTDESK_OPENSEARCH_START_NODE2");
    assumeTrue(pidFile != null && restart != null,
        "skipped: set FACTDESK_OPENSEARCH_NODE2_PIDFILE and FACTDESK_OPENSEARCH_START_NODE2 (.ci/opensearch.sh env)");
    int n = 4000;
    List<FactCheck> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(fc(String.format("f%05d", i), "claim number " + i + " about topic " + (i % 97) + " and place " + (i % 13),
          "https://fc.example/" + i));
    }
    Process restarter = null;
    try (FactCheckIndex index = cluster(1)) {
      OpenSearchBackend backend = (OpenSearchBackend) index.backend();
      for (int from = 0; from < n; from += 500) {
        if (from == 1000) {
          long pid = Long.parseLong(Files.readString(Path.of(pidFile)).strip());
          ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // kill -9 node 2
          restarter = new ProcessBuilder("bash", "-c", "sleep 5; " + restart).inheritIO().start();
        }
        index.upsert(docs.subList(from, from + 500));
      }
      // re-send the first half, as a resumed ingest would: must not duplicate
      index.upsert(docs.subList(0, n / 2));
      index.commit();
      assertThat(index.size()).isEqualTo(n);
      Set<String> seen = new HashSet<>();
      backend.forEachStored(1000, d -> assertThat(seen.add(d.id())).as("duplicate %s", d.id()).isTrue());
      assertThat(seen).hasSize(n);
    } finally {
      if (restarter != null) {
        restarter.waitFor(120, TimeUnit.SECONDS);
      }
      awaitTwoNodes();
    }
  }

  private void awaitTwoNodes() throws IOException {
    try (ClusterClient c = new ClusterClient(urls, RetryPolicy.DEFAULT)) {
      c.send("GET", "/_cluster/health", Map.of("wait_for_nodes", "2", "wait_for_status", "yellow", "timeout", "90s"),
          (com.fasterxml.jackson.databind.JsonNode) null);
    }
  }
}
