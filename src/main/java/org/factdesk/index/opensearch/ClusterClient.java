package org.factdesk.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * HTTP access to an OpenSearch cluster through the official {@code opensearch-java} client (Apache
 * HttpClient 5 transport, round-robin over the given nodes, a node that refuses connections is
 * skipped for a while), with retries: a request answered 429 or 5xx, or failing to connect, is
 * retried after an exponential back-off ({@link RetryPolicy}); other answers are returned as they
 * are.
 */
public final class ClusterClient implements AutoCloseable {
  private final List<URI> nodes;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient generic;
  private final RetryPolicy retry;

  /**
   * @param nodes the nodes' HTTP URLs, e.g. {@code http://127.0.0.1:9200}
   * @param retry how long to keep retrying
   */
  public ClusterClient(List<URI> nodes, RetryPolicy retry) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("--index-url: give at least one node URL");
    }
    this.nodes = List.copyOf(nodes);
    this.retry = retry;
    HttpHost[] hosts = new HttpHost[nodes.size()];
    for (int i = 0; i < hosts.length; i++) {
      URI u = nodes.get(i);
      hosts[i] = new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort());
    }
    this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
        .setRequestConfigCallback(b -> b.setConnectTimeout(Timeout.ofSeconds(5)).setResponseTimeout(Timeout.ofSeconds(120)))
        .build();
    this.generic = new OpenSearchClient(transport).generic();
  }

  /**
   * Parses {@code http://host:9200[,http://host2:9200]}.
   *
   * @throws IllegalArgumentException naming {@code --index-url} when a part is not an http(s) URL
   */
  public static List<URI> parseUrls(String urls) {
    List<URI> out = new ArrayList<>();
    for (String part : urls.split(",")) {
      String s = part.strip();
      if (s.isEmpty()) {
        continue;
      }
      URI u;
      try {
        u = URI.create(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--index-url: '" + s + "' is not a URL");
      }
      if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
        throw new IllegalArgumentException("--index-url: '" + s + "' is not an http(s)://host:port URL");
      }
      out.add(u);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--index-url: give at least one node URL, e.g. http://127.0.0.1:9200");
    }
    return out;
  }

  /** The node URLs, comma-separated (for logs). */
  public String location() {
    return String.join(",", nodes.stream().map(URI::toString).toList());
  }

  /** An HTTP answer: status and parsed JSON body (a missing or non-JSON body is an empty object). */
  public record Answer(int status, JsonNode body) {
    /** True for 2xx. */
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The error reason of a non-2xx answer, e.g. {@code index_not_found_exception: no such index}. */
    public String reason() {
      JsonNode e = body.path("error");
      if (e.isObject()) {
        return e.path("type").asText() + ": " + e.path("reason").asText();
      }
      return e.isMissingNode() ? body.toString() : e.asText();
    }
  }

  /** Sends a JSON request with retries; see {@link #send(String, String, Map, String, String)}. */
  public Answer send(String method, String path, Map<String, String> params, JsonNode body) throws IOException {
    return send(method, path, params, body == null ? null : body.toString(), "application/json");
  }

  /**
   * Sends a request, retrying 429, 5xx and connection failures with back-off.
   *
   * @param path e.g. {@code /factdesk-factchecks/_search}
   * @param body the body, or null
   * @param contentType e.g. {@code application/x-ndjson} for bulk
   * @return the last answer (possibly a 429/5xx once retries are exhausted)
   * @throws IOException when the cluster stays unreachable after all retries
   */
  public Answer send(String method, String path, Map<String, String> params, String body, String contentType)
      throws IOException {
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        Answer a = once(method, path, params, body, contentType);
        if (!RetryPolicy.retryable(a.status()) || !retry.mayRetry(attempt)) {
          return a;
        }
      } catch (IOException e) {
        if (!retry.mayRetry(attempt)) {
          throw new ClusterUnavailableException("OpenSearch " + location() + " unreachable after " + attempt + " attempts: "
              + e.getMessage(), e);
        }
      }
      retry.pause(attempt);
    }
  }

  private Answer once(String method, String path, Map<String, String> params, String body, String contentType)
      throws IOException {
    var b = Requests.builder().method(method).endpoint(path);
    if (params != null && !params.isEmpty()) {
      b.query(params);
    }
    if (body != null) {
      b.body(Body.from(body.getBytes(StandardCharsets.UTF_8), contentType));
    }
    try (Response r = generic.execute(b.build())) {
      JsonNode json = OpenSearchRequests.json().createObjectNode();
      if (r.getBody().isPresent()) {
        try (Body rb = r.getBody().get()) {
          byte[] bytes = rb.bodyAsBytes();
          if (bytes.length > 0) {
            try {
              json = OpenSearchRequests.json().readTree(bytes);
            } catch (IOException notJson) {
              json = OpenSearchRequests.json().createObjectNode().put("error", new String(bytes, StandardCharsets.UTF_8));
            }
          }
        }
      }
      return new Answer(r.getStatus(), json);
    }
  }

  /**
   * Sends and requires a 2xx answer.
   *
   * @throws IOException naming the request and the cluster's reason otherwise
   */
  public JsonNode require(String method, String path, Map<String, String> params, JsonNode body) throws IOException {
    Answer a = send(method, path, params, body);
    if (!a.ok()) {
      throw new IOException("OpenSearch " + method + " " + path + " failed (" + a.status() + "): " + a.reason());
    }
    return a.body();
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
