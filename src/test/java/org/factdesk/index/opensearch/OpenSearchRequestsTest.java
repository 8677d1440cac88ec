package org.factdesk.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.factdesk.index.AnalyzedDocument;
import org.factdesk.index.Bm25Params;
import org.factdesk.index.IndexField;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.LexicalQuery;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Rating;
import org.junit.jupiter.api.Test;

/** The JSON the cluster back end sends, checked without a cluster. */
class OpenSearchRequestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IndexSettings SETTINGS = new IndexSettings("match-v7",
      Map.of(IndexField.ALL, new Bm25Params(0.9f, 0.4f), IndexField.ALL_FOLDED, new Bm25Params(1.5f, 0.8f)), "minilm");

  @Test
  void createIndexCarriesPerFieldBm25AndTheSettingsInMeta() {
    JsonNode body = OpenSearchRequests.createIndex(SETTINGS, 1, false);
    JsonNode sims = body.path("settings").path("index").path("similarity");
    assertThat(sims.path("factdesk_all").path("type").asText()).isEqualTo("BM25");
    assertThat(sims.path("factdesk_all").path("k1").floatValue()).isEqualTo(0.9f);
    assertThat(sims.path("factdesk_all").path("b").floatValue()).isEqualTo(0.4f);
    assertThat(sims.path("factdesk_all_folded").path("k1").floatValue()).isEqualTo(1.5f);
    assertThat(sims.path("factdesk_claim").path("k1").floatValue()).isEqualTo(1.2f); // Lucene default
    assertThat(sims.path("factdesk_all").path("discount_overlaps").asBoolean()).isTrue();
    JsonNode mappings = body.path("mappings");
    for (IndexField f : IndexField.values()) {
      JsonNode field = mappings.path("properties").path(f.fieldName());
      assertThat(field.path("type").asText()).as(f.fieldName()).isEqualTo("text");
      assertThat(field.path("analyzer").asText()).as(f.fieldName()).isEqualTo("keyword");
      assertThat(field.path("similarity").asText()).isEqualTo("factdesk_" + f.fieldName());
    }
    assertThat(mappings.path("properties").path("id").path("type").asText()).isEqualTo("keyword");
    assertThat(mappings.path("_meta").path("analyzer_id").asText()).isEqualTo("match-v7");
    assertThat(mappings.path("_meta").path("vector_model").asText()).isEqualTo("minilm");
    assertThat(body.path("settings").path("index").path("number_of_shards").asInt()).isEqualTo(1);
    assertThat(body.path("settings").path("index").path("number_of_replicas").asInt()).isEqualTo(1);
    assertThat(body.path("settings").path("index").has("knn")).isFalse();
    assertThat(OpenSearchRequests.createIndex(SETTINGS, 0, true).path("settings").path("index").path("knn").asBoolean())
        .isTrue();
    assertThatThrownBy(() -> OpenSearchRequests.createIndex(SETTINGS, -1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicas");
  }

  @Test
  void vectorFieldIsKnnWithThePluginAndSourceOnlyWithout() {
    JsonNode knn = OpenSearchRequests.vectorMapping(384, true).path("properties").path("vector");
    assertThat(knn.path("type").asText()).isEqualTo("knn_vector");
    assertThat(knn.path("dimension").asInt()).isEqualTo(384);
    assertThat(knn.path("method").path("space_type").asText()).isEqualTo("innerproduct");
    JsonNode plain = OpenSearchRequests.vectorMapping(384, false).path("properties").path("vector");
    assertThat(plain.path("type").asText()).isEqualTo("float");
    assertThat(plain.path("index").asBoolean()).isFalse();
  }

  @Test
  void documentSendsEachTermAsOneArrayElementWithRepeatsAndTheStoredRecord() throws Exception {
    FactCheck fc = new FactCheck("fc-1", "Tiêm vắc xin gây vô sinh", Rating.textual("False"), "https://fc.example/1", null,
        null, ItemReviewed.UNKNOWN, "vi", "Sai", null);
    AnalyzedDocument doc = new AnalyzedDocument(fc, Map.of(IndexField.ALL, List.of("tiêm", "vắc_xin", "tiêm", "a".repeat(300)),
        IndexField.CLAIM, List.of()), new float[] {0.6f, 0.8f}, "abc");
    JsonNode d = OpenSearchRequests.document(doc);
    assertThat(JSON.convertValue(d.path("all"), List.class)).containsExactly("tiêm", "vắc_xin", "tiêm", "a".repeat(300));
    assertThat(d.has("claim")).as("empty field left out").isFalse();
    assertThat(d.path("id").asText()).isEqualTo("fc-1");
    assertThat(d.path("url_key").asText()).isEqualTo("https://fc.example/1");
    assertThat(org.factdesk.index.FactCheckJson.read(d.path("source_json").asText())).isEqualTo(fc);
    assertThat(d.path("vector").get(1).floatValue()).isEqualTo(0.8f);
    assertThat(d.path("text_sha").asText()).isEqualTo("abc");
  }

  @Test
  void searchMergesRepeatedTermsDividesBoostsByK1PlusOneAndSortsByScoreThenId() {
    LexicalQuery q = new LexicalQuery(List.of(
        new LexicalQuery.Clause(IndexField.ALL, List.of("vaccine", "autism", "vaccine"), 1f),
        new LexicalQuery.Clause(IndexField.ALL_FOLDED, List.of("vaccine"), 0.5f),
        new LexicalQuery.Clause(IndexField.TITLE, List.of("ignored"), 0f)));
    JsonNode body = OpenSearchRequests.search(q, SETTINGS, 10);
    JsonNode should = body.path("query").path("bool").path("should");
    assertThat(should).hasSize(3);
    JsonNode first = should.get(0).path("term").path("all");
    assertThat(first.path("value").asText()).isEqualTo("vaccine");
    assertThat(first.path("boost").floatValue()).isEqualTo(2f / 1.9f);
    assertThat(should.get(1).path("term").path("all").path("boost").floatValue()).isEqualTo(1f / 1.9f);
    assertThat(should.get(2).path("term").path("all_folded").path("boost").floatValue()).isEqualTo(0.5f / 2.5f);
    assertThat(body.path("sort").toString()).isEqualTo("[{\"_score\":\"desc\"},{\"id\":\"asc\"}]");
    assertThat(body.path("size").asInt()).isEqualTo(10);
    assertThat(body.path("_source").toString()).isEqualTo("[\"source_json\"]");
  }

  @Test
  void clausesStopAtTheEmbeddedIndexLimitCountingRepeats() {
    List<String> terms = new java.util.ArrayList<>();
    for (int i = 0; i < OpenSearchRequests.MAX_CLAUSES + 10; i++) {
      terms.add("t" + (i % 5000));
    }
    LexicalQuery q = new LexicalQuery(List.of(new LexicalQuery.Clause(IndexField.ALL, terms, 1f),
        new LexicalQuery.Clause(IndexField.ALL_FOLDED, List.of("late"), 1f)));
    var merged = OpenSearchRequests.mergedClauses(q);
    assertThat(merged.get(IndexField.ALL)).hasSize(5000);
    assertThat(merged.get(IndexField.ALL).get("t0")).isEqualTo(2.0);
    assertThat(merged.get(IndexField.ALL).get("t4999")).isEqualTo(1.0); // 8192 - 5000 = 3192 repeats
    assertThat(merged.get(IndexField.ALL).get("t3191")).isEqualTo(2.0);
    assertThat(merged.get(IndexField.ALL).get("t3192")).isEqualTo(1.0);
    assertThat(merged).doesNotContainKey(IndexField.ALL_FOLDED);
  }

  @Test
  void maxPossibleScoreSumsBoostTimesIdfPerOccurrenceFromTermStatistics() throws Exception {
    LexicalQuery q = new LexicalQuery(List.of(new LexicalQuery.Clause(IndexField.ALL, List.of("a", "zz", "a"), 2f)));
    JsonNode req = OpenSearchRequests.termStatistics(q);
    assertThat(req.path("doc").path("all").toString()).isEqualTo("[\"a\",\"zz\"]");
    assertThat(req.path("term_statistics").asBoolean()).isTrue();
    JsonNode answer = JSON.readTree("{\"term_vectors\":{\"all\":{\"field_statistics\":{\"doc_count\":10},"
        + "\"terms\":{\"a\":{\"doc_freq\":1},\"zz\":{\"term_freq\":1}}}}}");
    double expected = 2 * (2 * Math.log(1 + 9.5 / 1.5) + Math.log(1 + 10.5 / 0.5));
    assertThat(OpenSearchRequests.maxPossibleScore(q, answer)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    // a field the cluster has never seen: docCount 0, as the embedded index computes it
    assertThat(OpenSearchRequests.maxPossibleScore(q, JSON.readTree("{}"))).isCloseTo(6 * Math.log(2),
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void knnScoresMapBackToCosines() {
    assertThat(OpenSearchRequests.cosineOfKnnScore(1.8)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(OpenSearchRequests.cosineOfKnnScore(1 / (1 + 0.5))).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(1e-12));
    JsonNode body = OpenSearchRequests.knn(new float[] {1f, 0f}, 10, 100);
    assertThat(body.path("query").path("knn").path("vector").path("k").asInt()).isEqualTo(100);
    assertThat(body.path("size").asInt()).isEqualTo(15);
  }

  @Test
  void indexNamesCarryTheMappingVersionAndGeneration() {
    assertThat(OpenSearchBackend.indexName("factdesk-factchecks", 3)).isEqualTo("factdesk-factchecks-v1-3");
    assertThat(OpenSearchBackend.generationOf("factdesk-factchecks", "factdesk-factchecks-v1-12")).isEqualTo(12);
    assertThat(OpenSearchBackend.generationOf("factdesk-factchecks", "other-v1-2")).isZero();
  }

  @Test
  void urlsAreParsedOrRejectedNamingTheOption() {
    assertThat(ClusterClient.parseUrls("http://a:9200, http://b:9201")).extracting(java.net.URI::getPort)
        .containsExactly(9200, 9201);
    assertThatThrownBy(() -> ClusterClient.parseUrls("a:9200")).hasMessageContaining("--index-url");
    assertThatThrownBy(() -> ClusterClient.parseUrls(" , ")).hasMessageContaining("--index-url");
  }

  @Test
  void retryPolicyBacksOffExponentiallyOn429And5xx() {
    RetryPolicy p = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(500), 4);
    assertThat(List.of(p.waitAfter(1), p.waitAfter(2), p.waitAfter(3), p.waitAfter(4)))
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500));
    assertThat(p.mayRetry(3)).isTrue();
    assertThat(p.mayRetry(4)).isFalse();
    assertThat(RetryPolicy.retryable(429)).isTrue();
    assertThat(RetryPolicy.retryable(503)).isTrue();
    assertThat(RetryPolicy.retryable(400)).isFalse();
    assertThat(RetryPolicy.retryable(404)).isFalse();
  }
}
