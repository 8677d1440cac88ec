package org.factdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.model.Post;

/**
 * Reads CheckThat! Task 2 query (tweet) files: TAB-separated {@code id<TAB>text}, one {@link
 * Post#of(String, String)} per row, in a {@link TextEncoding} (detected by default; the CLEF files
 * are UTF-8).
 *
 * <p>The quoting is decided per file from its first line:
 *
 * <ul>
 *   <li>CLEF-2020 files start with the header {@code \ttweet_content} and quote some texts
 *       ({@code "..."} with {@code ""} escapes): they are parsed as TSV with standard quoting.
 *   <li>Every other file (CLEF-2021/2022: no header, or {@code iclaim_id\ticlaim}) is read with no
 *       quote processing ({@code QUOTE_NONE}): each line is split at its first TAB and the text is
 *       kept exactly as in the file, even when it starts with {@code "}.
 * </ul>
 *
 * <p>A header on line 1 (first column empty, {@code iclaim_id} or {@code tweet_id}) is skipped and
 * not counted; blank lines are skipped. Rejected: {@code expected 2 tab-separated columns, got N},
 * {@code missing id}, {@code missing text}, and a line that does not decode ({@code invalid UTF-8},
 * ...: see {@link LineCodec}).
 */
public final class CheckThatQueriesReader implements RecordReader<Post> {
  private static final Set<String> HEADER_IDS = Set.of("", "iclaim_id", "tweet_id", "id", "post_id", "qid", "query_id");

  private final TextEncoding encoding;

  /** Encoding detected. */
  public CheckThatQueriesReader() {
    this(TextEncoding.AUTO);
  }

  public CheckThatQueriesReader(TextEncoding encoding) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  @Override
  public ReadStats read(Path file, Consumer<? super Post> sink, Quarantine quarantine) throws IOException {
    return isQuoted2020(file, encoding)
        ? readQuoted(file, encoding, sink, quarantine)
        : readRaw(file, encoding, sink, quarantine);
  }

  /** Whether line 1 is the CLEF-2020 header {@code \ttweet_content}. */
  static boolean isQuoted2020(Path file, TextEncoding encoding) throws IOException {
    try (TextLineReader lines = TextLineReader.open(file, encoding)) {
      TextLineReader.Line first = lines.next();
      return first != null && first.valid() && first.text().strip().equals("tweet_content")
          && first.text().startsWith("\t");
    }
  }

  private static ReadStats readRaw(Path file, TextEncoding encoding, Consumer<? super Post> sink, Quarantine quarantine)
      throws IOException {
    String name = file.toString();
    ReadStats.Counter counter = new ReadStats.Counter();
    try (TextLineReader lines = TextLineReader.open(file, encoding)) {
      for (TextLineReader.Line line; (line = lines.next()) != null; ) {
        if (line.display().isBlank()) {
          continue;
        }
        if (!line.valid()) {
          reject(quarantine, counter, name, line.number(), line.problem(), line.display());
          continue;
        }
        String text = line.text();
        int tab = text.indexOf('\t');
        if (line.number() == 1 && isHeaderId(tab < 0 ? text : text.substring(0, tab))) {
          continue;
        }
        String reason =
            tab < 0 ? "expected 2 tab-separated columns, got 1" : problem(text.substring(0, tab), text.substring(tab + 1));
        if (reason != null) {
          reject(quarantine, counter, name, line.number(), reason, text);
          continue;
        }
        sink.accept(Post.of(text.substring(0, tab).strip(), text.substring(tab + 1)));
        counter.accepted();
      }
    }
    return counter.snapshot();
  }

  private static ReadStats readQuoted(Path file, TextEncoding encoding, Consumer<? super Post> sink,
      Quarantine quarantine) throws IOException {
    String name = file.toString();
    ReadStats.Counter counter = new ReadStats.Counter();
    try (CsvSource source = new CsvSource(file, CsvSource.TSV, encoding)) {
      for (CsvSource.Row row; (row = source.next()) != null; ) {
        CSVRecord r = row.record();
        if (row.line() == 1 && isHeaderId(r.get(0))) {
          continue;
        }
        String reason;
        if (row.problem() != null) {
          reason = row.problem();
        } else if (r.size() != 2) {
          reason = "expected 2 tab-separated columns, got " + r.size();
        } else {
          reason = problem(r.get(0), r.get(1));
        }
        if (reason != null) {
          reject(quarantine, counter, name, row.line(), reason, row.raw("\t"));
          continue;
        }
        sink.accept(Post.of(r.get(0).strip(), r.get(1)));
        counter.accepted();
      }
      Rejection malformed = source.malformed(name);
      if (malformed != null) {
        quarantine.reject(malformed);
        counter.rejected();
      }
    }
    return counter.snapshot();
  }

  private static boolean isHeaderId(String firstColumn) {
    return HEADER_IDS.contains(firstColumn.strip().toLowerCase(Locale.ROOT));
  }

  private static String problem(String id, String text) {
    if (id.isBlank()) {
      return "missing id";
    }
    return text.isBlank() ? "missing text" : null;
  }

  private static void reject(
      Quarantine quarantine, ReadStats.Counter counter, String file, long line, String reason, String raw) {
    quarantine.reject(new Rejection(file, line, null, reason, raw));
    counter.rejected();
  }
}
