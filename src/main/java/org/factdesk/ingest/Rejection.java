package org.factdesk.ingest;

/**
 * A record that could not be read, kept so an operator can fix and re-import it.
 *
 * @param file path of the input file as given
 * @param line 1-based line number where the record starts, or {@code 0} when the format has no lines
 *     (e.g. the n-th element of a JSON array; then {@code field} says which)
 * @param field the offending field or JSON pointer; may be null
 * @param reason human-readable reason, e.g. "missing id"
 * @param raw the raw text of the record (truncated to 10,000 chars); may be null
 */
public record Rejection(String file, long line, String field, String reason, String raw) {
  static final int MAX_RAW = 10_000;

  public Rejection {
    if (raw != null && raw.length() > MAX_RAW) {
      raw = raw.substring(0, MAX_RAW);
    }
  }

  /** {@code file:line: reason} (or {@code file: field: reason} without a line), for stderr. */
  public String message() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (field != null) {
      sb.append(field).append(": ");
    }
    return sb.append(reason).toString();
  }
}
