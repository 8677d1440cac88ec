package org.factdesk.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.ingest.InvalidInputException;

/**
 * A {@link FetchStateStore} in one small JSON file, {@code <data-dir>/feeds-state.json}, rewritten
 * whole on every {@link #put} (temp file, fsync, atomic rename), so a crash leaves the old or the
 * new file, never half of one. Thread-safe within one process; not shared between processes.
 *
 * <pre>
 * {"version": 1, "feeds": {"https://vnexpress.net/rss/thoi-su.rss": {"etag": "\"v1\"",
 *   "lastModified": "Wed, 22 Jun 2022 07:35:00 GMT", "lastFetch": "2024-05-01T10:00:00Z",
 *   "failures": 0, "notBefore": null}}}
 * </pre>
 *
 * Feeds are written sorted by URL. A file that is not this format → {@link InvalidInputException}
 * naming it (deleting it only costs one unconditional fetch per feed).
 */
public final class JsonFileFetchStateStore implements FetchStateStore {
  /** The file name inside the data directory. */
  public static final String FILE_NAME = "feeds-state.json";

  private static final int VERSION = 1;
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Path file;
  private final Map<String, FetchState> states = new TreeMap<>();

  private JsonFileFetchStateStore(Path file) {
    this.file = file;
  }

  /** Opens {@code <dataDir>/feeds-state.json}, empty if it does not exist yet. */
  public static JsonFileFetchStateStore open(Path dataDir) throws IOException {
    return openFile(dataDir.resolve(FILE_NAME));
  }

  /** Opens a state file by its own path, empty if it does not exist yet. */
  public static JsonFileFetchStateStore openFile(Path file) throws IOException {
    JsonFileFetchStateStore store = new JsonFileFetchStateStore(file);
    if (Files.exists(file)) {
      store.load();
    }
    return store;
  }

  /** The file this store writes. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized FetchState get(String url) {
    return states.getOrDefault(url, FetchState.NEW);
  }

  @Override
  public synchronized void put(String url, FetchState state) throws IOException {
    states.put(url, state);
    write();
  }

  private void load() throws IOException {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root == null || root.path("version").asInt() != VERSION || !root.path("feeds").isObject()) {
        throw invalid("expected {\"version\": 1, \"feeds\": {...}}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("feeds").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode s = e.getValue();
        states.put(e.getKey(), new FetchState(
            text(s, "etag"), text(s, "lastModified"), instant(s, "lastFetch"), s.path("failures").asInt(0), instant(s, "notBefore")));
      }
    } catch (JsonProcessingException e) {
      throw invalid("invalid JSON: " + e.getOriginalMessage());
    } catch (DateTimeParseException e) {
      throw invalid("bad instant: " + e.getParsedString());
    }
  }

  private void write() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ObjectNode feeds = root.putObject("feeds");
    states.forEach((url, s) -> {
      ObjectNode n = feeds.putObject(url);
      n.put("etag", s.etag());
      n.put("lastModified", s.lastModified());
      n.put("lastFetch", s.lastFetch() == null ? null : s.lastFetch().toString());
      n.put("failures", s.failures());
      n.put("notBefore", s.notBefore() == null ? null : s.notBefore().toString());
    });
    byte[] bytes = JSON.writeValueAsBytes(root);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(JsonNode n, String field) {
    String t = text(n, field);
    return t == null ? null : Instant.parse(t);
  }

  private InvalidInputException invalid(String why) {
    return new InvalidInputException(file + ": not a factdesk feed state file (" + why + "); delete it to start afresh");
  }
}
