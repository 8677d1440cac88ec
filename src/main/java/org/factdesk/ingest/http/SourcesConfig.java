package org.factdesk.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.ingest.InvalidInputException;
import org.factdesk.ingest.PathExpander;

/**
 * A sources file: the feeds to poll and the files to read, for {@code factdesk ingest --sources}.
 *
 * <pre>
 * poll_interval: 15m        # default interval; ISO-8601 (PT15M) or 30s/15m/2h/1d; default 15m
 * min_delay: 1s             # default per-host politeness delay; default 1s
 * sources:
 *   - name: VnExpress thời sự
 *     url: https://vnexpress.net/rss/thoi-su.rss
 *     kind: posts           # posts (default) | factchecks (ClaimReview feeds)
 *     interval: 30m
 *     min_delay: 2s         # url sources only
 *   - name: CrowdTangle exports
 *     path: exports/**&#47;*.csv   # file, directory (recursive) or glob; relative to this file
 *     mapping: mapping.yaml  # optional column mapping file, relative to this file
 *     encoding: auto        # optional: auto (default) or a charset name
 * </pre>
 *
 * Errors → {@link InvalidInputException} naming the file, then the field: {@code <file>:
 * sources[2]: needs exactly one of url or path} (entries count from 0); also unknown keys (with
 * the known ones), bad or non-positive durations, URLs that are not absolute http(s), unknown
 * kinds or charsets, a missing mapping file, the same url twice, and YAML syntax errors ({@code
 * <file>:<line>: ...}).
 *
 * @param file the sources file as given
 * @param pollInterval default {@link SourceEntry#interval()}
 * @param minDelay default {@link SourceEntry#minDelay()}
 * @param sources in file order, at least one
 */
public record SourcesConfig(Path file, Duration pollInterval, Duration minDelay, List<SourceEntry> sources) {
  /** Interval when the file sets no {@code poll_interval}. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

  /** Per-host delay when the file sets no {@code min_delay}. */
  public static final Duration DEFAULT_MIN_DELAY = Duration.ofSeconds(1);

  private static final List<String> TOP_KEYS = List.of("poll_interval", "min_delay", "sources");
  private static final List<String> ENTRY_KEYS =
      List.of("name", "url", "path", "kind", "interval", "min_delay", "mapping", "encoding");

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  public SourcesConfig {
    sources = List.copyOf(sources);
  }

  /** The url sources, in file order. */
  public List<SourceEntry> feeds() {
    return sources.stream().filter(SourceEntry::isFeed).toList();
  }

  /** The path sources, in file order. */
  public List<SourceEntry> paths() {
    return sources.stream().filter(s -> !s.isFeed()).toList();
  }

  /**
   * Reads and validates a sources file (UTF-8 YAML).
   *
   * @throws java.nio.file.NoSuchFileException if it does not exist
   * @throws InvalidInputException if it is not a valid sources file
   */
  public static SourcesConfig read(Path file) throws IOException {
    JsonNode root;
    try (var in = Files.newInputStream(file)) {
      root = YAML.readTree(in);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new InvalidInputException(file + where + ": " + e.getOriginalMessage());
    }
    return new Parser(file).config(root);
  }

  /** Validation with the file name and field path in every message. */
  private static final class Parser {
    private final Path file;
    private final Path baseDir;

    Parser(Path file) {
      this.file = file;
      this.baseDir = file.toAbsolutePath().getParent();
    }

    SourcesConfig config(JsonNode root) {
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw error("", "empty sources file");
      }
      if (!root.isObject()) {
        throw error("", "expected a mapping with a sources list");
      }
      knownKeys(root, TOP_KEYS, "");
      Duration interval = duration(root, "poll_interval", "", DEFAULT_POLL_INTERVAL, false);
      Duration minDelay = duration(root, "min_delay", "", DEFAULT_MIN_DELAY, true);
      JsonNode list = root.get("sources");
      if (list == null || !list.isArray() || list.isEmpty()) {
        throw error("sources", "expected a non-empty list");
      }
      List<SourceEntry> sources = new ArrayList<>();
      Map<URI, Integer> urls = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        SourceEntry entry = entry(list.get(i), "sources[" + i + "]", interval, minDelay);
        Integer first = entry.url() == null ? null : urls.putIfAbsent(entry.url(), i);
        if (first != null) {
          throw error("sources[" + i + "]", "duplicate url " + entry.url() + " (also sources[" + first + "])");
        }
        sources.add(entry);
      }
      return new SourcesConfig(file, interval, minDelay, sources);
    }

    private SourceEntry entry(JsonNode node, String at, Duration defaultInterval, Duration defaultMinDelay) {
      if (!node.isObject()) {
        throw error(at, "expected a mapping with url or path");
      }
      knownKeys(node, ENTRY_KEYS, at);
      String url = string(node, "url", at);
      String path = string(node, "path", at);
      if ((url == null) == (path == null)) {
        throw error(at, "needs exactly one of url or path");
      }
      if (path != null && node.hasNonNull("min_delay")) {
        throw error(at + ".min_delay", "applies to url sources only");
      }
      String name = string(node, "name", at);
      return new SourceEntry(
          name != null ? name : url != null ? url : path,
          url == null ? null : url(url, at + ".url"),
          path == null ? null : PathExpander.resolve(baseDir, path),
          kind(string(node, "kind", at), at + ".kind"),
          duration(node, "interval", at, defaultInterval, false),
          duration(node, "min_delay", at, defaultMinDelay, true),
          mapping(string(node, "mapping", at), at + ".mapping"),
          encoding(string(node, "encoding", at), at + ".encoding"));
    }

    private void knownKeys(JsonNode node, List<String> known, String at) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!known.contains(key)) {
          throw error(at, "unknown key \"" + key + "\" (known: " + String.join(", ", known) + ")");
        }
      }
    }

    /** A scalar field as stripped text; null when absent, null or blank. */
    private String string(JsonNode node, String field, String at) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isValueNode()) {
        throw error(join(at, field), "expected a single value");
      }
      String s = v.asText().strip();
      return s.isEmpty() ? null : s;
    }

    private Duration duration(JsonNode node, String field, String at, Duration dflt, boolean zeroAllowed) {
      String text = string(node, field, at);
      if (text == null) {
        return dflt;
      }
      Duration d;
      try {
        d = Durations.parse(text);
      } catch (IllegalArgumentException e) {
        throw error(join(at, field), e.getMessage());
      }
      if (d.isNegative() || (d.isZero() && !zeroAllowed)) {
        throw error(join(at, field), "must be " + (zeroAllowed ? "zero or more" : "positive") + ", got \"" + text + "\"");
      }
      return d;
    }

    private URI url(String text, String at) {
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        throw error(at, "not a valid URL: " + text);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!Set.of("http", "https").contains(scheme) || uri.getHost() == null) {
        throw error(at, "not an absolute http(s) URL: " + text);
      }
      return uri;
    }

    private SourceEntry.Kind kind(String text, String at) {
      if (text == null) {
        return SourceEntry.Kind.POSTS;
      }
      for (SourceEntry.Kind k : SourceEntry.Kind.values()) {
        if (k.configName().equals(text)) {
          return k;
        }
      }
      throw error(at, "unknown kind \"" + text + "\" (known: posts, factchecks)");
    }

    private Path mapping(String text, String at) {
      if (text == null) {
        return null;
      }
      Path p = baseDir.resolve(text);
      if (!Files.isRegularFile(p)) {
        throw error(at, "no such file " + p);
      }
      return p;
    }

    private String encoding(String text, String at) {
      if (text == null || text.equalsIgnoreCase("auto")) {
        return "auto";
      }
      try {
        if (Charset.isSupported(text)) {
          return Charset.forName(text).name();
        }
      } catch (IllegalCharsetNameException e) {
        // reported below
      }
      throw error(at, "unknown charset \"" + text + "\"");
    }

    private static String join(String at, String field) {
      return at.isEmpty() ? field : at + "." + field;
    }

    private InvalidInputException error(String at, String message) {
      return new InvalidInputException(file + ": " + (at.isEmpty() ? "" : at + ": ") + message);
    }
  }
}
