package org.factdesk.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bulk writes with back-pressure: actions are buffered and sent as one {@code _bulk} request when
 * {@code maxActions} or {@code maxBytes} is reached; one request is in flight at a time and the
 * caller blocks until it is acknowledged, so memory stays bounded whatever the input size and a
 * busy cluster (429) slows the producer down instead of piling up requests.
 *
 * <p>A whole request answered 429/5xx or failing to connect is retried by {@link ClusterClient};
 * items of a 2xx answer that failed with 429/5xx (a rejected or unavailable shard) are re-sent,
 * in order, after the same back-off. Documents have fixed ids, so a re-sent item replaces itself:
 * retries never duplicate.
 */
final class BulkIndexer {
  /** Documents per bulk request (fact-checks with terms are about 5-20 KB each in JSON). */
  static final int DEFAULT_MAX_ACTIONS = 500;
  /** Bytes per bulk request, well under OpenSearch's 100 MB {@code http.max_content_length}. */
  static final int DEFAULT_MAX_BYTES = 8 << 20;

  private final ClusterClient client;
  private final RetryPolicy retry;
  private final int maxActions;
  private final int maxBytes;
  private final List<Item> pending = new ArrayList<>();
  private int pendingBytes;
  private long sentRequests;
  private long retriedItems;

  /** One action: its NDJSON lines (action, plus source for index actions) and the id for errors. */
  record Item(String id, String lines) {}

  BulkIndexer(ClusterClient client, RetryPolicy retry, int maxActions, int maxBytes) {
    if (maxActions < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("bulk limits must be positive, got " + maxActions + " actions, " + maxBytes + " bytes");
    }
    this.client = client;
    this.retry = retry;
    this.maxActions = maxActions;
    this.maxBytes = maxBytes;
  }

  /** Queues an index (create or replace) of {@code source} under {@code id}; may send a full batch. */
  void index(String index, String id, JsonNode source) throws IOException {
    add(new Item(id, OpenSearchRequests.action("index", index, id) + "\n" + source + "\n"));
  }

  /** Queues a delete of {@code id} (absent is fine); may send a full batch. */
  void delete(String index, String id) throws IOException {
    add(new Item(id, OpenSearchRequests.action("delete", index, id) + "\n"));
  }

  private void add(Item item) throws IOException {
    pending.add(item);
    pendingBytes += item.lines().length();
    if (pending.size() >= maxActions || pendingBytes >= maxBytes) {
      flush();
    }
  }

  /**
   * Sends what is buffered and waits until every item is acknowledged.
   *
   * @throws IOException when an item fails for good (mapping error, retries exhausted), naming the
   *     document id and the cluster's reason
   */
  void flush() throws IOException {
    List<Item> todo = new ArrayList<>(pending);
    pending.clear();
    pendingBytes = 0;
    int attempt = 0;
    while (!todo.isEmpty()) {
      attempt++;
      StringBuilder body = new StringBuilder();
      todo.forEach(i -> body.append(i.lines()));
      sentRequests++;
      ClusterClient.Answer a = client.send("POST", "/_bulk", Map.of(), body.toString(), "application/x-ndjson");
      if (!a.ok()) {
        throw new IOException("OpenSearch bulk request of " + todo.size() + " actions failed (" + a.status() + "): " + a.reason());
      }
      List<Item> again = new ArrayList<>();
      JsonNode items = a.body().path("items");
      for (int i = 0; i < todo.size(); i++) {
        JsonNode result = items.path(i).elements().hasNext() ? items.path(i).elements().next() : null;
        int status = result == null ? 500 : result.path("status").asInt(500);
        if (status >= 200 && status < 300 || status == 404 && result.has("result")) {
          continue; // indexed, or deleted/absent
        }
        if (RetryPolicy.retryable(status)) {
          again.add(todo.get(i));
          continue;
        }
        JsonNode err = result == null ? null : result.path("error");
        throw new IOException("OpenSearch rejected fact-check '" + todo.get(i).id() + "' (" + status + "): "
            + (err == null ? "no answer for this item" : err.path("type").asText() + ": " + err.path("reason").asText()));
      }
      if (!again.isEmpty()) {
        if (!retry.mayRetry(attempt)) {
          throw new IOException("OpenSearch kept rejecting " + again.size() + " bulk items (first: '" + again.get(0).id()
              + "') after " + attempt + " attempts");
        }
        retriedItems += again.size();
        retry.pause(attempt);
      }
      todo = again;
    }
  }

  /** Bulk requests sent and items re-sent so far (for logs and tests). */
  long[] counts() {
    return new long[] {sentRequests, retriedItems};
  }
}
