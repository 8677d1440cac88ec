package org.factdesk.ingest;

import java.util.List;
import java.util.Map;

/**
 * Which column (CSV) or field (JSONL) feeds which {@link org.factdesk.model.Post} field when reading
 * generic post exports. Keys are the field names below; values are column names. Any field not
 * overridden uses its default candidates: case-insensitive, first present wins.
 *
 * <p>Fields and defaults: {@code id} ← id, post_id, tweet_id, iclaim_id; {@code text} ← text,
 * message, content, tweet_content, body, maintext, iclaim; {@code url} ← url, link, post_url; {@code
 * publishedAt} ← published_at, publishedAt, date, created_at, post_created, timestamp, date_publish; {@code source}
 * ← source, page_name, channel, outlet, source_domain; {@code language} ← language, lang; {@code author} ← author,
 * user_name, username, handle, screen_name (pseudonymised, never stored raw); {@code likes} ← likes;
 * {@code shares} ← shares, retweets; {@code comments} ← comments, replies.
 *
 * @param overrides field name → column name; may be empty
 */
public record ColumnMapping(Map<String, String> overrides) {
  /** The default candidates only. */
  public static final ColumnMapping DEFAULTS = new ColumnMapping(Map.of());

  static final Map<String, List<String>> DEFAULT_COLUMNS =
      Map.ofEntries(
          Map.entry("id", List.of("id", "post_id", "tweet_id", "iclaim_id")),
          Map.entry("text", List.of("text", "message", "content", "tweet_content", "body", "maintext", "iclaim")),
          Map.entry("url", List.of("url", "link", "post_url")),
          Map.entry("publishedAt", List.of("published_at", "publishedAt", "date", "created_at", "post_created", "timestamp", "date_publish")),
          Map.entry("source", List.of("source", "page_name", "channel", "outlet", "source_domain")),
          Map.entry("language", List.of("language", "lang")),
          Map.entry("author", List.of("author", "user_name", "username", "handle", "screen_name")),
          Map.entry("likes", List.of("likes")),
          Map.entry("shares", List.of("shares", "retweets")),
          Map.entry("comments", List.of("comments", "replies")));

  /** @throws IllegalArgumentException if a key is not one of the field names above */
  public ColumnMapping {
    overrides = Map.copyOf(overrides);
    for (String field : overrides.keySet()) {
      if (!DEFAULT_COLUMNS.containsKey(field)) {
        throw new IllegalArgumentException("unknown post field in column mapping: " + field + "; known: " + DEFAULT_COLUMNS.keySet());
      }
    }
  }

  /**
   * Reads a mapping file: a YAML (or JSON) object from post field names to column names, e.g.
   * {@code text: noi_dung} and {@code publishedAt: ngay_dang}.
   *
   * @throws InvalidInputException naming the file if it is not such an object or names an unknown
   *     field
   */
  public static ColumnMapping read(java.nio.file.Path file) throws java.io.IOException {
    com.fasterxml.jackson.databind.JsonNode node;
    try {
      node = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
          .readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidInputException(file + ": not a YAML/JSON mapping: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(file + ": expected a mapping of post fields to column names, e.g. 'text: message'");
    }
    Map<String, String> overrides = new java.util.LinkedHashMap<>();
    var fields = node.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
        throw new InvalidInputException(file + ": " + e.getKey() + ": expected a column name");
      }
      overrides.put(e.getKey(), e.getValue().asText());
    }
    try {
      return new ColumnMapping(overrides);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(file + ": " + e.getMessage());
    }
  }

  /** Column names to try for {@code field}, in order: the override alone, else the defaults. */
  public List<String> candidates(String field) {
    String column = overrides.get(field);
    return column != null ? List.of(column) : DEFAULT_COLUMNS.getOrDefault(field, List.of());
  }
}
