package org.factdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.ingest.CheckThatQueriesReader;
import org.factdesk.ingest.CollectingQuarantine;

/**
 * The demo's posts with their dates: CheckThat! 2022 tweets come without a date column, but each
 * embedded tweet ends with its signature, {@code "— Name (@handle) January 28, 2021"}; that date
 * (the tweet's own, as the embed printed it; day precision) becomes {@code published_at} so the
 * demo report can draw narrative timelines. A tweet without a signature date stays undated. Nothing
 * is invented: no time of day is given, and ISO dates are read as midnight UTC.
 */
final class DemoPosts {
  private static final Pattern SIGNATURE_DATE = Pattern.compile(
      "((?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4})\"?\\s*$");
  private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoPosts() {}

  /** The date at the end of an embedded tweet's signature, or null. */
  static LocalDate signatureDate(String text) {
    Matcher m = SIGNATURE_DATE.matcher(text);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1), ENGLISH);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Rewrites a CheckThat! queries TSV as JSONL ({@code id}, {@code text}, {@code published_at} when
   * the signature gives a date).
   *
   * @return {posts, dated}
   */
  static long[] withDates(Path tsv, Path jsonl) throws IOException {
    long[] counts = new long[2];
    try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      new CheckThatQueriesReader().read(tsv, post -> {
        try {
          ObjectNode line = JSON.createObjectNode().put("id", post.id()).put("text", post.text());
          LocalDate d = signatureDate(post.text());
          if (d != null) {
            line.put("published_at", d.toString());
            counts[1]++;
          }
          w.write(JSON.writeValueAsString(line));
          w.newLine();
          counts[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, new CollectingQuarantine());
    }
    return counts;
  }
}
