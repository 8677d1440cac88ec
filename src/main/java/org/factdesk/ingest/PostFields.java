package org.factdesk.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;

/**
 * Builds a {@link Post} from named values (a CSV row or a JSON object) using a {@link
 * ColumnMapping}; shared by {@link CsvPostReader} and {@link JsonlPostReader}.
 */
final class PostFields {
  private final ColumnMapping mapping;
  private final AuthorPseudonymiser pseudonymiser;

  /** Column names tried for one field. */
  List<String> candidates(String field) {
    return mapping.candidates(field);
  }

  PostFields(ColumnMapping mapping, AuthorPseudonymiser pseudonymiser) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
  }

  /** Field → the actual column name present in {@code names} (case-insensitive), for present fields. */
  Map<String, String> resolve(Collection<String> names) {
    Map<String, String> byLower = new TreeMap<>();
    for (String n : names) {
      byLower.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), n);
    }
    Map<String, String> resolved = new TreeMap<>();
    for (String field : ColumnMapping.DEFAULT_COLUMNS.keySet()) {
      for (String candidate : mapping.candidates(field)) {
        String actual = byLower.get(candidate.toLowerCase(Locale.ROOT));
        if (actual != null) {
          resolved.put(field, actual);
          break;
        }
      }
    }
    return resolved;
  }

  /** A built post, or the reason to reject the record. */
  record Outcome(Post post, String rejectField, String rejectReason) {}

  /**
   * Builds a post.
   *
   * @param columns field → column, from {@link #resolve}
   * @param value column → stripped value or null
   * @param syntheticId id to use when there is no id column
   * @param warn receives a warning message per unreadable optional value
   */
  Outcome build(
      Map<String, String> columns,
      Function<String, String> value,
      String syntheticId,
      java.util.function.Consumer<String> warn) {
    String id;
    if (columns.containsKey("id")) {
      id = value.apply(columns.get("id"));
      if (id == null) {
        return new Outcome(null, columns.get("id"), "missing id");
      }
    } else {
      id = syntheticId;
    }
    String text = columns.containsKey("text") ? value.apply(columns.get("text")) : null;
    if (text == null) {
      return new Outcome(null, columns.getOrDefault("text", "text"), "missing text");
    }
    Instant published = null;
    String date = get(columns, value, "publishedAt");
    if (date != null) {
      published = Dates.parseInstant(date);
      if (published == null) {
        warn.accept("unparseable " + columns.get("publishedAt") + ": \"" + date + "\"");
      }
    }
    Engagement engagement =
        new Engagement(
            count(columns, value, "likes", warn), count(columns, value, "shares", warn), count(columns, value, "comments", warn));
    Post post =
        new Post(
            id,
            get(columns, value, "source"),
            get(columns, value, "url"),
            published,
            text,
            get(columns, value, "language"),
            pseudonymiser.pseudonymise(get(columns, value, "author")),
            engagement);
    return new Outcome(post, null, null);
  }

  private static String get(Map<String, String> columns, Function<String, String> value, String field) {
    String column = columns.get(field);
    return column == null ? null : value.apply(column);
  }

  private static long count(
      Map<String, String> columns, Function<String, String> value, String field, java.util.function.Consumer<String> warn) {
    String s = get(columns, value, field);
    if (s == null) {
      return 0;
    }
    try {
      long n = Long.parseLong(s.replace(",", "").replace("_", ""));
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // warn below
    }
    warn.accept("unreadable " + columns.get(field) + " count: \"" + s + "\"");
    return 0;
  }
}
