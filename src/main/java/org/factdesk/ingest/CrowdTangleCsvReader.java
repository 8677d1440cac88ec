package org.factdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;

/**
 * Reads public page posts from a CrowdTangle historical-data CSV export (columns as in CrowdTangle's
 * "Historical Data" export column documentation: {@code Page Name, User Name, Facebook Id, ...,
 * Post Created, ..., Likes, Comments, Shares, Love, Wow, Haha, Sad, Angry, Care, ..., URL, Message,
 * Link, Final Link, Image Text, Link Text, Description, ...}). Columns are found by name
 * (case-insensitive), so their order does not matter. The file is read in a {@link TextEncoding},
 * detected by default (UTF-8 with or without BOM, UTF-16 as some spreadsheet tools save it).
 *
 * <p>Mapping: {@code id} = {@code URL}, else {@code <Facebook Id>@<Post Created>}; {@code url} =
 * {@code URL}; {@code text} = {@code Message}, then {@code Link Text}, {@code Description} and
 * {@code Image Text} when present, joined by {@code "\n"}; {@code publishedAt} = {@code Post
 * Created} ({@code 2021-03-01 10:15:00 ICT}, {@code ... +07:00}, {@code ... +0700}, ISO-8601; a time
 * without zone is taken as UTC); {@code source} = {@code Page Name} (a public page, kept);
 * {@code likes} = {@code Likes} + {@code Love, Wow, Haha, Sad, Angry, Care}; {@code shares},
 * {@code comments} as named. {@code User Name} (the page handle) is pseudonymised into {@code
 * authorKey} and never kept raw in {@code authorKey} or the quarantine (where it is redacted
 * wherever it occurs). Note: CrowdTangle's {@code URL} often has the form {@code
 * https://www.facebook.com/<User Name>/posts/<n>}; that public page URL is kept as is in {@code id}
 * and {@code url}.
 *
 * <p>Rejected rows: {@code missing id} (no URL, and no Facebook Id or no Post Created), {@code
 * missing text} (Message, Link Text and Description all empty), {@code expected N columns, got M},
 * and a row with a line that does not decode ({@code invalid UTF-8}, ...: see {@link LineCodec}). An
 * unreadable date or count is a warning (null / 0).
 */
public final class CrowdTangleCsvReader implements RecordReader<Post> {
  /** Header columns that identify the layout (case-insensitive). */
  static final List<String> REQUIRED = List.of("Page Name", "Post Created", "Message");

  private static final List<String> REACTIONS = List.of("Likes", "Love", "Wow", "Haha", "Sad", "Angry", "Care");
  private static final List<String> EXTRA_TEXT = List.of("Link Text", "Description", "Image Text");
  private static final List<DateTimeFormatter> ZONED =
      List.of(pattern("uuuu-MM-dd HH:mm:ss z"), pattern("uuuu-MM-dd HH:mm:ss XXX"), pattern("uuuu-MM-dd HH:mm:ss xx"));

  private final AuthorPseudonymiser pseudonymiser;
  private final TextEncoding encoding;

  /** Encoding detected. */
  public CrowdTangleCsvReader(AuthorPseudonymiser pseudonymiser) {
    this(pseudonymiser, TextEncoding.AUTO);
  }

  public CrowdTangleCsvReader(AuthorPseudonymiser pseudonymiser, TextEncoding encoding) {
    this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  /** Whether a CSV header has the CrowdTangle columns {@link #REQUIRED}. */
  static boolean recognises(List<String> header) {
    List<String> lower = header.stream().map(CrowdTangleCsvReader::key).toList();
    return REQUIRED.stream().allMatch(c -> lower.contains(key(c)));
  }

  /**
   * @throws InvalidInputException if the header does not decode ({@code <file>: header line:
   *     <problem>}) or lacks the {@link #REQUIRED} columns
   */
  @Override
  public ReadStats read(Path file, Consumer<? super Post> sink, Quarantine quarantine) throws IOException {
    String name = file.toString();
    ReadStats.Counter counter = new ReadStats.Counter();
    try (CsvSource source = new CsvSource(file, CsvSource.CSV, encoding)) {
      CsvSource.Row header = source.next();
      if (header == null) {
        return counter.snapshot();
      }
      if (header.problem() != null) {
        throw new InvalidInputException(name + ": header line: " + header.problem());
      }
      List<String> names = header.record().toList();
      if (!recognises(names)) {
        throw new InvalidInputException(name + ": not a CrowdTangle export (needs columns " + REQUIRED + "); found columns: " + names);
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = names.size() - 1; i >= 0; i--) {
        index.put(key(names.get(i)), i);
      }
      int userName = index.getOrDefault(key("User Name"), -1);
      for (CsvSource.Row row; (row = source.next()) != null; ) {
        CSVRecord r = row.record();
        String[] reject = null;
        Post post = null;
        List<String> warnings = new ArrayList<>();
        if (row.problem() != null) {
          reject = new String[] {null, row.problem()};
        } else if (r.size() != names.size()) {
          reject = new String[] {null, "expected " + names.size() + " columns, got " + r.size()};
        } else {
          Row values = column -> {
            Integer i = index.get(key(column));
            String v = i == null ? "" : r.get(i).strip();
            return v.isEmpty() ? null : v;
          };
          String id = id(values);
          String text = text(values);
          if (id == null) {
            reject = new String[] {"URL", "missing id"};
          } else if (text == null) {
            reject = new String[] {"Message", "missing text"};
          } else {
            post = new Post(id, values.get("Page Name"), values.get("URL"), published(values, warnings::add), text, null,
                pseudonymiser.pseudonymise(values.get("User Name")), engagement(values, warnings::add));
          }
        }
        if (reject != null) {
          quarantine.reject(new Rejection(name, row.line(), reject[0], reject[1], redact(r.toList(), userName, names.size())));
          counter.rejected();
          continue;
        }
        long line = row.line();
        warnings.forEach(w -> quarantine.warn(name, line, w));
        if (!warnings.isEmpty()) {
          counter.warned();
        }
        sink.accept(post);
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

  /** Column name → stripped value, or null when absent or blank. */
  private interface Row {
    String get(String column);
  }

  /**
   * The row for the quarantine with the {@code User Name} column redacted, and that handle also
   * removed wherever else it occurs (e.g. inside the {@code URL}).
   */
  private static String redact(List<String> values, int userName, int headerSize) {
    String raw = AuthorRedaction.csv(values, userName, headerSize);
    String handle = userName >= 0 && userName < values.size() ? values.get(userName).strip() : "";
    return handle.isEmpty()
        ? raw
        : java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(handle), java.util.regex.Pattern.CASE_INSENSITIVE)
            .matcher(raw)
            .replaceAll(java.util.regex.Matcher.quoteReplacement(AuthorRedaction.REDACTED));
  }

  private static String id(Row v) {
    if (v.get("URL") != null) {
      return v.get("URL");
    }
    String page = v.get("Facebook Id");
    String created = v.get("Post Created");
    return page == null || created == null ? null : page + "@" + created;
  }

  private static String text(Row v) {
    if (v.get("Message") == null && v.get("Link Text") == null && v.get("Description") == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (v.get("Message") != null) {
      parts.add(v.get("Message"));
    }
    for (String column : EXTRA_TEXT) {
      if (v.get(column) != null) {
        parts.add(v.get(column));
      }
    }
    return String.join("\n", parts);
  }

  private static Instant published(Row v, Consumer<String> warn) {
    String s = v.get("Post Created");
    if (s == null) {
      return null;
    }
    Instant t = parseCreated(s);
    if (t == null) {
      warn.accept("unparseable Post Created: \"" + s + "\"");
    }
    return t;
  }

  /** {@code Post Created} in the forms CrowdTangle writes, or null. */
  static Instant parseCreated(String s) {
    for (DateTimeFormatter f : ZONED) {
      try {
        return ZonedDateTime.parse(s, f).toInstant();
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return Dates.parseInstant(s);
    }
  }

  private static Engagement engagement(Row v, Consumer<String> warn) {
    long likes = 0;
    for (String column : REACTIONS) {
      likes += count(v, column, warn);
    }
    return new Engagement(likes, count(v, "Shares", warn), count(v, "Comments", warn));
  }

  private static long count(Row v, String column, Consumer<String> warn) {
    String s = v.get(column);
    if (s == null) {
      return 0;
    }
    try {
      long n = Long.parseLong(s.replace(",", ""));
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // warn below
    }
    warn.accept("unreadable " + column + " count: \"" + s + "\"");
    return 0;
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ROOT);
  }
}
