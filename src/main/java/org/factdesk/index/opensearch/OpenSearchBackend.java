package org.factdesk.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.factdesk.index.AnalyzedDocument;
import org.factdesk.index.FactCheckJson;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.LexicalQuery;
import org.factdesk.index.SearchBackend;
import org.factdesk.index.SearchHit;
import org.factdesk.index.SearchResult;
import org.factdesk.model.FactCheck;

/**
 * The fact-check index on an OpenSearch cluster, ranking exactly like the embedded {@code
 * index.lucene.LuceneBackend} (same tokens, same per-field BM25, ties by id; see {@link
 * OpenSearchRequests} for how).
 *
 * <p>Layout: a concrete index {@code <alias>-v<mapping version>-<generation>} (one primary shard,
 * so term statistics are the whole collection's, and {@code replicas} replicas) behind the alias
 * {@code <alias>} (default {@value #DEFAULT_ALIAS}); a rebuild fills the next generation and swaps
 * the alias atomically ({@link #nextGeneration}, {@link #publish}). The analyzer and vector model
 * are recorded in the mapping's {@code _meta}; opening with others throws {@link
 * ClusterSettingsMismatchException}.
 *
 * <p>Writes are bulk requests with back-pressure and retries ({@link BulkIndexer}); document ids
 * are the fact-check ids, so re-indexing replaces. Upsert by url: before a document is indexed,
 * documents with the same url and another id are deleted (committed ones found by a term query,
 * uncommitted ones remembered by this instance). The index refreshes only on {@link #commit}, so
 * searches see what was committed. Searches use one fixed {@code preference}, so successive
 * queries read the same shard copy and its statistics. Thread-safety: searches are; writes are
 * serialised by the caller (as for every {@link SearchBackend}).
 *
 * <p>Dense vectors: with the k-NN plugin ({@code _cat/plugins} lists {@code opensearch-knn}) they
 * are {@code knn_vector} fields searched by {@link #knn}; without it they are kept in {@code
 * _source} only, {@link #nativeKnn()} is false, {@link #knn} throws, and matching falls back to
 * cosine over the BM25 candidates ({@code match.CandidateCosineRetriever}).
 */
public final class OpenSearchBackend implements SearchBackend {
  /** The alias every factdesk installation uses unless told otherwise. */
  public static final String DEFAULT_ALIAS = "factdesk-factchecks";
  /** HNSW candidates per k-NN search, as in the embedded index. */
  static final int KNN_CANDIDATES = 100;
  private static final String PREFERENCE = "factdesk";

  private final ClusterClient client;
  private final String alias;
  private final String index;
  private final IndexSettings settings;
  private final boolean knnPlugin;
  private final BulkIndexer bulk;
  /** Threads fetching term statistics beside searches (daemon, idle ones end after a minute). */
  private final ExecutorService statsPool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "factdesk-opensearch-stats");
        t.setDaemon(true);
        return t;
      });
  private boolean vectorMapped;
  /** Uncommitted upserts of this instance: url → id and id → url (for upsert by url). */
  private final Map<String, String> pendingUrlToId = new HashMap<>();
  private final Map<String, String> pendingIdToUrl = new HashMap<>();

  private OpenSearchBackend(ClusterClient client, String alias, String index, IndexSettings settings, boolean knnPlugin,
      boolean vectorMapped) {
    this.client = client;
    this.alias = alias;
    this.index = index;
    this.settings = settings;
    this.knnPlugin = knnPlugin;
    this.vectorMapped = vectorMapped;
    this.bulk = new BulkIndexer(client, RetryPolicy.DEFAULT, BulkIndexer.DEFAULT_MAX_ACTIONS, BulkIndexer.DEFAULT_MAX_BYTES);
  }

  /**
   * Opens the index behind {@code alias}, creating generation 1 (and the alias) when there is none.
   *
   * @param urls node URLs, e.g. from {@link ClusterClient#parseUrls}
   * @param alias the alias, e.g. {@value #DEFAULT_ALIAS}
   * @param settings analyzer id, BM25 per field, vector model
   * @param replicas replicas of a newly created index
   * @throws ClusterSettingsMismatchException if the existing index was built with another analyzer
   *     or vector model
   * @throws IOException when the cluster is unreachable or refuses
   */
  public static OpenSearchBackend open(List<URI> urls, String alias, IndexSettings settings, int replicas)
      throws IOException {
    return open(urls, alias, settings, replicas, true);
  }

  /**
   * Every fact-check stored behind {@code alias}, whatever analyzer built it (for a rebuild); empty
   * when there is no such alias.
   */
  public static List<FactCheck> readStored(List<URI> urls, String alias) throws IOException {
    List<FactCheck> out = new ArrayList<>();
    try (ClusterClient client = new ClusterClient(urls, RetryPolicy.DEFAULT)) {
      if (currentIndex(client, alias) == null) {
        return out;
      }
    }
    try (OpenSearchBackend b = open(urls, alias, new IndexSettings("", Map.of()), 1, false)) {
      b.forEachStored(1000, d -> out.add(d.factCheck()));
    }
    return out;
  }

  private static OpenSearchBackend open(List<URI> urls, String alias, IndexSettings settings, int replicas,
      boolean check) throws IOException {
    ClusterClient client = new ClusterClient(urls, RetryPolicy.DEFAULT);
    try {
      boolean knn = hasKnnPlugin(client);
      String current = currentIndex(client, alias);
      if (current == null) {
        String name = indexName(alias, 1);
        ObjectNode body = OpenSearchRequests.createIndex(settings, replicas, knn);
        body.putObject("aliases").putObject(alias);
        client.require("PUT", "/" + name, Map.of("wait_for_active_shards", "1"), body);
        return new OpenSearchBackend(client, alias, name, settings, knn, false);
      }
      JsonNode mapping = client.require("GET", "/" + current + "/_mapping", Map.of(), null).path(current).path("mappings");
      String builtWith = builtWith(mapping.path("_meta"));
      String wanted = key(settings.analyzerId(), settings.vectorModel());
      if (check && !builtWith.equals(wanted)) {
        throw new ClusterSettingsMismatchException(client.location() + "/" + alias, builtWith, wanted);
      }
      return new OpenSearchBackend(client, alias, current, settings, knn,
          mapping.path("properties").has(OpenSearchRequests.VECTOR));
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /**
   * A new, empty index generation for {@code alias} (not yet behind it): fill it, {@link #commit},
   * then {@link #publish} swaps the alias to it atomically and deletes the old generation.
   */
  public static OpenSearchBackend nextGeneration(List<URI> urls, String alias, IndexSettings settings, int replicas)
      throws IOException {
    ClusterClient client = new ClusterClient(urls, RetryPolicy.DEFAULT);
    try {
      boolean knn = hasKnnPlugin(client);
      int generation = 1;
      Answer all = new Answer(client.send("GET", "/" + alias + "-v*", Map.of("expand_wildcards", "open,closed"), null));
      for (Iterator<String> it = all.body().fieldNames(); it.hasNext(); ) {
        generation = Math.max(generation, generationOf(alias, it.next()) + 1);
      }
      String name = indexName(alias, generation);
      client.require("PUT", "/" + name, Map.of("wait_for_active_shards", "1"),
          OpenSearchRequests.createIndex(settings, replicas, knn));
      return new OpenSearchBackend(client, alias, name, settings, knn, false);
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private record Answer(ClusterClient.Answer a) {
    JsonNode body() {
      return a.ok() ? a.body() : OpenSearchRequests.json().createObjectNode();
    }
  }

  /** Points the alias at this index in one atomic {@code _aliases} call and deletes the indexes it left. */
  public void publish() throws IOException {
    ClusterClient.Answer a = client.send("GET", "/_alias/" + alias, Map.of(), (JsonNode) null);
    List<String> old = new ArrayList<>();
    if (a.ok()) {
      a.body().fieldNames().forEachRemaining(old::add);
    }
    old.remove(index);
    ObjectNode body = OpenSearchRequests.json().createObjectNode();
    ArrayNode actions = body.putArray("actions");
    for (String o : old) {
      actions.addObject().putObject("remove").put("index", o).put("alias", alias);
    }
    actions.addObject().putObject("add").put("index", index).put("alias", alias);
    client.require("POST", "/_aliases", Map.of(), body);
    for (String o : old) {
      client.send("DELETE", "/" + o, Map.of(), (JsonNode) null);
    }
  }

  /** Deletes every index generation of {@code alias} (and so the alias). */
  public static void deleteIndexes(List<URI> urls, String alias) throws IOException {
    try (ClusterClient client = new ClusterClient(urls, RetryPolicy.DEFAULT)) {
      ClusterClient.Answer a = client.send("DELETE", "/" + alias + "-v*", Map.of(), (JsonNode) null);
      if (!a.ok() && a.status() != 404) {
        throw new IOException("OpenSearch DELETE " + alias + "-v* failed (" + a.status() + "): " + a.reason());
      }
    }
  }

  /**
   * What {@code factdesk status} reports about a cluster index.
   *
   * @param health cluster health and node count, e.g. {@code green (2 nodes)}
   * @param index the concrete index behind the alias, or null when there is none
   * @param documents fact-checks in it (0 without index)
   * @param knnPlugin whether the k-NN plugin is installed
   * @param vectorModel the sentence-vector model recorded in the index, or empty
   */
  public record Status(String health, String index, long documents, boolean knnPlugin, String vectorModel) {}

  /** The status of {@code alias} on a cluster, without checking its analyzer. */
  public static Status status(List<URI> urls, String alias) throws IOException {
    // a status question should answer quickly: 3 attempts within a second, not the writers' minute
    try (ClusterClient client = new ClusterClient(urls, new RetryPolicy(java.time.Duration.ofMillis(200),
        java.time.Duration.ofMillis(400), 3))) {
      JsonNode h = client.require("GET", "/_cluster/health", Map.of(), null);
      String health = h.path("status").asText() + " (" + h.path("number_of_nodes").asInt() + " nodes)";
      boolean knn = hasKnnPlugin(client);
      String current = currentIndex(client, alias);
      if (current == null) {
        return new Status(health, null, 0, knn, "");
      }
      long count = client.require("GET", "/" + current + "/_count", Map.of(), null).path("count").asLong();
      String model = client.require("GET", "/" + current + "/_mapping", Map.of(), null).path(current).path("mappings")
          .path("_meta").path("vector_model").asText("");
      return new Status(health, current, count, knn, model);
    }
  }

  static String indexName(String alias, int generation) {
    return alias + "-v" + OpenSearchRequests.MAPPING_VERSION + "-" + generation;
  }

  static int generationOf(String alias, String indexName) {
    String prefix = alias + "-v" + OpenSearchRequests.MAPPING_VERSION + "-";
    if (!indexName.startsWith(prefix)) {
      return 0;
    }
    try {
      return Integer.parseInt(indexName.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String currentIndex(ClusterClient client, String alias) throws IOException {
    ClusterClient.Answer a = client.send("GET", "/_alias/" + alias, Map.of(), (JsonNode) null);
    if (a.status() == 404) {
      return null;
    }
    if (!a.ok()) {
      throw new IOException("OpenSearch GET /_alias/" + alias + " failed (" + a.status() + "): " + a.reason());
    }
    List<String> names = new ArrayList<>();
    a.body().fieldNames().forEachRemaining(names::add);
    if (names.size() != 1) {
      throw new IllegalStateException("alias " + alias + " points at " + names.size() + " indexes " + names
          + "; it must point at exactly one");
    }
    return names.get(0);
  }

  private static String builtWith(JsonNode meta) {
    return key(meta.path("analyzer_id").asText(""), meta.path("vector_model").asText(""));
  }

  private static String key(String analyzerId, String vectorModel) {
    return analyzerId + (vectorModel == null || vectorModel.isEmpty() ? "" : " + vectors " + vectorModel);
  }

  /** True when {@code _cat/plugins} lists the k-NN plugin on any node. */
  static boolean hasKnnPlugin(ClusterClient client) throws IOException {
    JsonNode plugins = client.require("GET", "/_cat/plugins", Map.of("format", "json"), null);
    for (JsonNode p : plugins) {
      if (p.path("component").asText().equals("opensearch-knn")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void upsert(Collection<AnalyzedDocument> documents) throws IOException {
    Map<String, List<String>> committedByUrl = committedIdsByUrl(documents);
    for (AnalyzedDocument doc : documents) {
      FactCheck fc = doc.factCheck();
      if (doc.vector() != null && !vectorMapped) {
        client.require("PUT", "/" + index + "/_mapping", Map.of(),
            OpenSearchRequests.vectorMapping(doc.vector().length, knnPlugin));
        vectorMapped = true;
      }
      if (OpenSearchRequests.hasUrl(fc)) {
        String url = fc.url();
        for (String other : committedByUrl.getOrDefault(url, List.of())) {
          // an id re-upserted since the last commit with another url is not this url's any more
          boolean movedAway = pendingIdToUrl.containsKey(other) && !url.equals(pendingIdToUrl.get(other));
          if (!other.equals(fc.id()) && !movedAway) {
            deletePending(other);
          }
        }
        String pending = pendingUrlToId.get(url);
        if (pending != null && !pending.equals(fc.id())) {
          deletePending(pending);
        }
      }
      String previousUrl = pendingIdToUrl.remove(fc.id());
      if (previousUrl != null) {
        pendingUrlToId.remove(previousUrl, fc.id());
      }
      if (OpenSearchRequests.hasUrl(fc)) {
        pendingUrlToId.put(fc.url(), fc.id());
        pendingIdToUrl.put(fc.id(), fc.url());
      } else {
        pendingIdToUrl.put(fc.id(), "");
      }
      bulk.index(index, fc.id(), OpenSearchRequests.document(doc));
    }
  }

  private void deletePending(String id) throws IOException {
    bulk.delete(index, id);
    String url = pendingIdToUrl.remove(id);
    if (url != null) {
      pendingUrlToId.remove(url, id);
    }
  }

  /** Committed documents holding each of the documents' urls: url → ids. */
  private Map<String, List<String>> committedIdsByUrl(Collection<AnalyzedDocument> documents) throws IOException {
    ArrayNode urls = OpenSearchRequests.json().createArrayNode();
    documents.stream().map(AnalyzedDocument::factCheck).filter(OpenSearchRequests::hasUrl).map(FactCheck::url)
        .distinct().forEach(urls::add);
    Map<String, List<String>> out = new HashMap<>();
    if (urls.isEmpty()) {
      return out;
    }
    ObjectNode body = OpenSearchRequests.json().createObjectNode();
    body.put("size", 10_000);
    body.putObject("query").putObject("terms").set(OpenSearchRequests.URL_KEY, urls);
    body.putArray("_source").add(OpenSearchRequests.URL_KEY);
    JsonNode hits = client.require("POST", "/" + index + "/_search", Map.of("preference", PREFERENCE), body)
        .path("hits").path("hits");
    for (JsonNode h : hits) {
      out.computeIfAbsent(h.path("_source").path(OpenSearchRequests.URL_KEY).asText(), u -> new ArrayList<>())
          .add(h.path("_id").asText());
    }
    return out;
  }

  @Override
  public void commit() throws IOException {
    bulk.flush();
    client.require("POST", "/" + index + "/_refresh", Map.of(), null);
    pendingUrlToId.clear();
    pendingIdToUrl.clear();
  }

  @Override
  public long size() throws IOException {
    return client.require("GET", "/" + index + "/_count", Map.of("preference", PREFERENCE), null).path("count").asLong();
  }

  @Override
  public SearchResult search(LexicalQuery query, int k) throws IOException {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (query.isEmpty()) {
      return SearchResult.EMPTY;
    }
    Map<String, String> params = Map.of("preference", PREFERENCE);
    // the term statistics for the bound are fetched in parallel with the search: one round trip of latency
    CompletableFuture<JsonNode> stats = CompletableFuture.supplyAsync(() -> {
      try {
        return client.require("POST", "/" + index + "/_termvectors", params, OpenSearchRequests.termStatistics(query));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, statsPool);
    JsonNode answer = client.require("POST", "/" + index + "/_search", params,
        OpenSearchRequests.search(query, settings, k));
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      hits.add(new SearchHit(FactCheckJson.read(h.path("_source").path(OpenSearchRequests.SOURCE).asText()),
          h.path("_score").asDouble()));
    }
    try {
      return new SearchResult(hits, OpenSearchRequests.maxPossibleScore(query, stats.join()));
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }

  /** True when the cluster has the k-NN plugin and {@link #knn} searches it. */
  @Override
  public boolean nativeKnn() {
    return knnPlugin;
  }

  @Override
  public SearchResult knn(float[] query, int k) throws IOException {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    if (settings.vectorModel() == null) {
      throw new IllegalStateException("index " + describe() + " holds no vectors (lexical-only)");
    }
    if (!knnPlugin) {
      throw new IllegalStateException("cluster " + client.location() + " has no k-NN plugin (opensearch-knn): "
          + "dense search is not available there; match with --retriever bm25, or let the match pipeline fall back "
          + "to cosine over the BM25 candidates");
    }
    JsonNode answer = client.require("POST", "/" + index + "/_search", Map.of("preference", PREFERENCE),
        OpenSearchRequests.knn(query, k, KNN_CANDIDATES));
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      hits.add(new SearchHit(FactCheckJson.read(h.path("_source").path(OpenSearchRequests.SOURCE).asText()),
          OpenSearchRequests.cosineOfKnnScore(h.path("_score").asDouble())));
    }
    hits.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::id));
    return new SearchResult(hits.subList(0, Math.min(k, hits.size())), 1.0);
  }

  @Override
  public Optional<float[]> storedVector(String id, String textHash) throws IOException {
    JsonNode src = source(id, OpenSearchRequests.TEXT_HASH + "," + OpenSearchRequests.VECTOR);
    if (src == null || !src.path(OpenSearchRequests.TEXT_HASH).asText("").equals(textHash)) {
      return Optional.empty();
    }
    return Optional.ofNullable(vectorOf(src));
  }

  @Override
  public Map<String, float[]> vectors(Collection<String> ids) throws IOException {
    Map<String, float[]> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    ObjectNode body = OpenSearchRequests.json().createObjectNode();
    ArrayNode a = body.putArray("ids");
    ids.forEach(a::add);
    JsonNode docs = client.require("POST", "/" + index + "/_mget",
        Map.of("_source", OpenSearchRequests.VECTOR, "preference", PREFERENCE), body).path("docs");
    for (JsonNode d : docs) {
      float[] v = d.path("found").asBoolean() ? vectorOf(d.path("_source")) : null;
      if (v != null) {
        out.put(d.path("_id").asText(), v);
      }
    }
    return out;
  }

  private static float[] vectorOf(JsonNode src) {
    JsonNode v = src.path(OpenSearchRequests.VECTOR);
    if (!v.isArray() || v.isEmpty()) {
      return null;
    }
    float[] out = new float[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) v.get(i).asDouble();
    }
    return out;
  }

  private JsonNode source(String id, String fields) throws IOException {
    ClusterClient.Answer a = client.send("GET", "/" + index + "/_doc/" + encode(id),
        Map.of("_source", fields, "preference", PREFERENCE), (JsonNode) null);
    if (a.status() == 404) {
      return null;
    }
    if (!a.ok()) {
      throw new IOException("OpenSearch GET fact-check '" + id + "' failed (" + a.status() + "): " + a.reason());
    }
    return a.body().path("found").asBoolean() ? a.body().path("_source") : null;
  }

  private static String encode(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public Optional<FactCheck> get(String id) throws IOException {
    JsonNode src = source(id, OpenSearchRequests.SOURCE);
    return src == null ? Optional.empty() : Optional.of(FactCheckJson.read(src.path(OpenSearchRequests.SOURCE).asText()));
  }

  /**
   * Every stored fact-check with its vector (null when none), in id order, pages of {@code page}
   * via {@code search_after}: for rebuilding and for checks after a migration.
   */
  public void forEachStored(int page, Consumer<AnalyzedDocument> sink) throws IOException {
    JsonNode after = null;
    while (true) {
      ObjectNode body = OpenSearchRequests.json().createObjectNode();
      body.put("size", page);
      body.putObject("query").putObject("match_all");
      body.putArray("sort").addObject().put(OpenSearchRequests.ID, "asc");
      body.putArray("_source").add(OpenSearchRequests.SOURCE).add(OpenSearchRequests.VECTOR).add(OpenSearchRequests.TEXT_HASH);
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = client.require("POST", "/" + index + "/_search", Map.of("preference", PREFERENCE), body)
          .path("hits").path("hits");
      if (hits.isEmpty()) {
        return;
      }
      for (JsonNode h : hits) {
        JsonNode src = h.path("_source");
        FactCheck fc = FactCheckJson.read(src.path(OpenSearchRequests.SOURCE).asText());
        sink.accept(new AnalyzedDocument(fc, Map.of(), vectorOf(src), src.path(OpenSearchRequests.TEXT_HASH).asText(null)));
        after = h.path("sort");
      }
    }
  }

  /** Cluster health ({@code green}, {@code yellow}, {@code red}) and node count, for {@code status}. */
  public String health() throws IOException {
    JsonNode h = client.require("GET", "/_cluster/health", Map.of(), null);
    return h.path("status").asText() + " (" + h.path("number_of_nodes").asInt() + " nodes)";
  }

  /** The concrete index this instance reads and writes. */
  public String indexName() {
    return index;
  }

  /** Bulk requests sent and bulk items re-sent after a 429/5xx, since open. */
  public long[] bulkCounts() {
    return bulk.counts();
  }

  @Override
  public IndexSettings settings() {
    return settings;
  }

  @Override
  public String describe() {
    return "opensearch " + client.location() + " alias " + alias + " (" + index + ")";
  }

  @Override
  public void close() throws IOException {
    try {
      if (!pendingIdToUrl.isEmpty()) {
        commit(); // like Lucene's IndexWriter.close: what was upserted is kept
      }
    } finally {
      statsPool.shutdown();
      client.close();
    }
  }
}
