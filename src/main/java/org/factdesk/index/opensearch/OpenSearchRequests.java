package org.factdesk.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.index.AnalyzedDocument;
import org.factdesk.index.Bm25Params;
import org.factdesk.index.FactCheckJson;
import org.factdesk.index.IndexField;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.LexicalQuery;
import org.factdesk.model.FactCheck;

/**
 * The JSON bodies the OpenSearch back end sends: index creation (mapping + per-field BM25),
 * documents, lexical searches and the term-statistics request behind {@code maxPossibleScore}.
 * Pure functions, no network, so every body is unit-tested.
 *
 * <p>Why the bodies look as they do, so that cluster scores equal the embedded Lucene scores:
 *
 * <ul>
 *   <li>Terms are sent as JSON arrays to {@code text} fields with the {@code keyword} analyzer: each
 *       array element is exactly one token (a whitespace analyzer would split tokens longer than 255
 *       characters), term frequency counts repeats and the field length (norm) is the number of
 *       elements, exactly like {@code index.lucene.TermListTokenStream}.
 *   <li>OpenSearch's {@code BM25} similarity is Lucene's {@code LegacyBM25Similarity}, which
 *       multiplies each term score by {@code k1 + 1} (it keeps pre-Lucene-8 scores); each clause's
 *       boost is divided by {@code k1 + 1} of its field so scores come back in Lucene 9 units.
 *   <li>A term repeated in a field's clause is sent once with the summed boost: Lucene's {@code
 *       BooleanQuery.rewrite} merges repeated SHOULD clauses the same way (summing in double, then
 *       to float), so the executed query is the embedded one, clause for clause. The first {@value
 *       #MAX_CLAUSES} terms count, repeats included, as in {@code LuceneBackend}.
 *   <li>Hits are sorted by {@code _score} desc then {@code id} asc: ties broken by id like the
 *       embedded index.
 * </ul>
 */
public final class OpenSearchRequests {
  /** Version of {@code src/main/resources/opensearch/factchecks-v1.json}; part of the index name. */
  public static final int MAPPING_VERSION = 1;
  /** Term clauses per query at most (repeats included), as in the embedded index. */
  public static final int MAX_CLAUSES = 8192;
  static final String ID = "id";
  static final String URL_KEY = "url_key";
  static final String SOURCE = "source_json";
  static final String TEXT_HASH = "text_sha";
  static final String VECTOR = "vector";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenSearchRequests() {}

  /** The name of the similarity of one field in the index settings. */
  static String similarityName(IndexField field) {
    return "factdesk_" + field.fieldName();
  }

  /**
   * The body of {@code PUT /<index>}: the versioned mapping of {@code opensearch/factchecks-v1.json}
   * with this index's per-field BM25 parameters and settings recorded in {@code _meta}.
   *
   * @param settings analyzer id, BM25 per field, vector model (null: lexical only)
   * @param replicas number of replicas, ≥ 0
   * @param knnPlugin true when the cluster has the k-NN plugin (vectors become {@code knn_vector}
   *     fields, added with their dimension on first use)
   */
  public static ObjectNode createIndex(IndexSettings settings, int replicas, boolean knnPlugin) {
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must be >= 0, got " + replicas);
    }
    ObjectNode body = template();
    ObjectNode index = (ObjectNode) body.path("settings").path("index");
    index.put("number_of_replicas", replicas);
    ObjectNode sims = (ObjectNode) index.path("similarity");
    for (IndexField f : IndexField.values()) {
      Bm25Params p = settings.bm25(f);
      ObjectNode sim = (ObjectNode) sims.path(similarityName(f));
      sim.put("k1", p.k1());
      sim.put("b", p.b());
    }
    if (knnPlugin && settings.vectorModel() != null) {
      index.put("knn", true);
    }
    ObjectNode meta = (ObjectNode) body.path("mappings").path("_meta");
    meta.put("analyzer_id", settings.analyzerId());
    meta.put("vector_model", settings.vectorModel() == null ? "" : settings.vectorModel());
    return body;
  }

  private static ObjectNode template() {
    String resource = "/opensearch/factchecks-v" + MAPPING_VERSION + ".json";
    try (InputStream in = OpenSearchRequests.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The mapping of the vector field, added on first use when its dimension is known: {@code
   * knn_vector} (HNSW, inner product = cosine on unit vectors, Lucene engine) with the k-NN plugin,
   * otherwise a float array kept in {@code _source} only (read back for the lexical fallback).
   */
  public static ObjectNode vectorMapping(int dimension, boolean knnPlugin) {
    ObjectNode field = JSON.createObjectNode();
    if (knnPlugin) {
      field.put("type", "knn_vector").put("dimension", dimension);
      field.putObject("method").put("name", "hnsw").put("space_type", "innerproduct").put("engine", "lucene");
    } else {
      field.put("type", "float").put("index", false).put("doc_values", false);
    }
    ObjectNode body = JSON.createObjectNode();
    body.putObject("properties").set(VECTOR, field);
    return body;
  }

  /** The document {@code _source} of a fact-check: id, url key, stored record, terms per field, vector. */
  public static ObjectNode document(AnalyzedDocument doc) {
    FactCheck fc = doc.factCheck();
    ObjectNode d = JSON.createObjectNode();
    d.put(ID, fc.id());
    if (hasUrl(fc)) {
      d.put(URL_KEY, fc.url());
    }
    d.put(SOURCE, FactCheckJson.write(fc));
    for (IndexField f : IndexField.values()) {
      List<String> terms = doc.terms(f);
      if (!terms.isEmpty()) {
        ArrayNode a = d.putArray(f.fieldName());
        terms.forEach(a::add);
      }
    }
    if (doc.vector() != null) {
      ArrayNode v = d.putArray(VECTOR);
      for (float x : doc.vector()) {
        v.add(x);
      }
      if (doc.textHash() != null) {
        d.put(TEXT_HASH, doc.textHash());
      }
    }
    return d;
  }

  static boolean hasUrl(FactCheck fc) {
    return fc.url() != null && !fc.url().isBlank();
  }

  /**
   * The terms of a query per field with their summed boosts, in first-seen order: the first
   * {@value #MAX_CLAUSES} term occurrences of the active clauses, a repeated (field, term) summed
   * in double as {@code BooleanQuery.rewrite} does.
   */
  static Map<IndexField, Map<String, Double>> mergedClauses(LexicalQuery query) {
    Map<IndexField, Map<String, Double>> out = new LinkedHashMap<>();
    int clauses = 0;
    for (LexicalQuery.Clause clause : query.clauses()) {
      if (!clause.active()) {
        continue;
      }
      Map<String, Double> terms = out.computeIfAbsent(clause.field(), f -> new LinkedHashMap<>());
      for (String term : clause.terms()) {
        if (clauses++ >= MAX_CLAUSES) {
          return out;
        }
        terms.merge(term, (double) clause.boost(), Double::sum);
      }
    }
    return out;
  }

  /**
   * The body of {@code POST /<alias>/_search} for a lexical query: a bool of SHOULD term clauses
   * (boost ÷ (k1 + 1), see the class comment), sorted by score then id, only the stored record
   * returned.
   *
   * @param k hits wanted, ≥ 1
   */
  public static ObjectNode search(LexicalQuery query, IndexSettings settings, int k) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", k);
    body.put("track_total_hits", false);
    body.put("track_scores", true);
    ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
    for (Map.Entry<IndexField, Map<String, Double>> e : mergedClauses(query).entrySet()) {
      float k1 = settings.bm25(e.getKey()).k1();
      for (Map.Entry<String, Double> t : e.getValue().entrySet()) {
        float boost = t.getValue().floatValue();
        ObjectNode term = should.addObject().putObject("term").putObject(e.getKey().fieldName());
        term.put("value", t.getKey());
        term.put("boost", boost / (1 + k1));
      }
    }
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("_score", "desc");
    sort.addObject().put(ID, "asc");
    body.putArray("_source").add(SOURCE);
    return body;
  }

  /**
   * The body of {@code POST /<alias>/_termvectors} for an artificial document holding the query's
   * distinct terms per field: the answer gives each term's document frequency and each field's
   * document count, from which {@code maxPossibleScore} is computed exactly as the embedded index
   * does.
   */
  public static ObjectNode termStatistics(LexicalQuery query) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode doc = body.putObject("doc");
    ArrayNode fields = body.putArray("fields");
    for (Map.Entry<IndexField, Map<String, Double>> e : mergedClauses(query).entrySet()) {
      ArrayNode a = doc.putArray(e.getKey().fieldName());
      e.getValue().keySet().forEach(a::add);
      fields.add(e.getKey().fieldName());
    }
    body.put("term_statistics", true);
    body.put("field_statistics", true);
    body.put("positions", false);
    body.put("offsets", false);
    body.put("payloads", false);
    return body;
  }

  /**
   * {@code Σ boost × idf(docFreq, docCount)} over the query's term occurrences (repeats count again,
   * as in {@code LuceneBackend}), with the statistics of a {@link #termStatistics} answer; a term or
   * field missing from the answer has frequency 0.
   */
  public static double maxPossibleScore(LexicalQuery query, JsonNode termVectorsAnswer) {
    JsonNode vectors = termVectorsAnswer.path("term_vectors");
    double max = 0;
    int clauses = 0;
    for (LexicalQuery.Clause clause : query.clauses()) {
      if (!clause.active()) {
        continue;
      }
      JsonNode field = vectors.path(clause.field().fieldName());
      long docCount = field.path("field_statistics").path("doc_count").asLong(0);
      for (String term : clause.terms()) {
        if (clauses++ >= MAX_CLAUSES) {
          return max;
        }
        long df = field.path("terms").path(term).path("doc_freq").asLong(0);
        max += clause.boost() * idf(df, docCount);
      }
    }
    return max;
  }

  /** Lucene's BM25 idf: {@code ln(1 + (N − n + 0.5) / (n + 0.5))}. */
  static double idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /**
   * The body of a k-NN search (k-NN plugin): the {@code k + 5} nearest by inner product, so ties at
   * the cut can be ordered by id.
   */
  public static ObjectNode knn(float[] vector, int k, int candidates) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", k + 5);
    ObjectNode knn = body.putObject("query").putObject("knn").putObject(VECTOR);
    ArrayNode v = knn.putArray("vector");
    for (float x : vector) {
      v.add(x);
    }
    knn.put("k", Math.max(k + 5, candidates));
    body.putArray("_source").add(SOURCE);
    return body;
  }

  /**
   * The cosine of a k-NN plugin {@code innerproduct} score: the plugin maps an inner product
   * {@code ip} to {@code 1 + ip} when {@code ip ≥ 0} and to {@code 1 / (1 − ip)} otherwise.
   */
  public static double cosineOfKnnScore(double score) {
    return score >= 1 ? score - 1 : 1 - 1 / score;
  }

  /** A bulk action line: {@code {"index": {"_index": ..., "_id": ...}}} or {@code delete}. */
  static ObjectNode action(String kind, String index, String id) {
    ObjectNode a = JSON.createObjectNode();
    a.putObject(kind).put("_index", index).put("_id", id);
    return a;
  }

  /** The shared mapper. */
  static ObjectMapper json() {
    return JSON;
  }
}
