package org.factdesk.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;

/**
 * Reads back a few posts from the run's own {@code matches.jsonl} (text already handle-masked, no
 * author), so the report can show sample posts of its top narratives without the run keeping every
 * post's text in memory. One sequential pass; memory bounded by the ids asked for.
 */
final class SamplePosts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SamplePosts() {}

  /** The first line of each wanted post id, as a post (engagement not restored). */
  static Map<String, Post> read(Path matchesJsonl, Set<String> ids) throws IOException {
    Map<String, Post> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(matchesJsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && out.size() < ids.size(); line = r.readLine()) {
        JsonNode n = JSON.readTree(line);
        String id = n.path("post_id").asText();
        if (ids.contains(id) && !out.containsKey(id)) {
          String at = text(n, "published_at");
          out.put(id, new Post(id, text(n, "source"), text(n, "url"), at == null ? null : Instant.parse(at),
              n.path("text").asText(""), text(n, "language"), null, Engagement.NONE));
        }
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
