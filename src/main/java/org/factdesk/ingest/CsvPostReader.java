package org.factdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.model.Post;

/**
 * Reads posts from a comma-separated export with a header row (standard quoting, in a {@link
 * TextEncoding}, detected by default: UTF-8, UTF-16 with or without BOM, Windows-1258), mapping
 * columns by name with a {@link ColumnMapping}. The author column is pseudonymised into {@code
 * authorKey}; the raw handle is never kept.
 *
 * <p>Without an id column each post gets the stable id {@code <file name>:<line>}. Rejected rows:
 * {@code missing id} (id column present but blank), {@code missing text}, {@code expected N
 * columns, got M}, and a row with a line that does not decode ({@code invalid UTF-8}, ...: see
 * {@link LineCodec}). Unreadable dates and counts are warnings (the field is null/0).
 *
 * @see ColumnMapping for the default column names
 */
public final class CsvPostReader implements RecordReader<Post> {
  private final PostFields fields;
  private final TextEncoding encoding;

  /** Default column names, encoding detected. */
  public CsvPostReader(AuthorPseudonymiser pseudonymiser) {
    this(ColumnMapping.DEFAULTS, pseudonymiser);
  }

  /** Encoding detected. */
  public CsvPostReader(ColumnMapping mapping, AuthorPseudonymiser pseudonymiser) {
    this(mapping, pseudonymiser, TextEncoding.AUTO);
  }

  public CsvPostReader(ColumnMapping mapping, AuthorPseudonymiser pseudonymiser, TextEncoding encoding) {
    this.fields = new PostFields(mapping, pseudonymiser);
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  /**
   * @throws InvalidInputException if the header has no recognisable text column, or does not decode
   *     ({@code <file>: header line: <problem>})
   */
  @Override
  public ReadStats read(Path file, Consumer<? super Post> sink, Quarantine quarantine) throws IOException {
    String name = file.toString();
    String fileName = String.valueOf(file.getFileName());
    ReadStats.Counter counter = new ReadStats.Counter();
    try (CsvSource source = new CsvSource(file, CsvSource.CSV, encoding)) {
      CsvSource.Row header = source.next();
      if (header == null) {
        return counter.snapshot();
      }
      if (header.problem() != null) {
        throw new InvalidInputException(name + ": header line: " + header.problem());
      }
      List<String> names = new ArrayList<>(header.record().toList());
      Map<String, String> columns = fields.resolve(names);
      if (!columns.containsKey("text")) {
        throw new InvalidInputException(
            name + ": no text column (looked for " + String.join(", ", fieldsCandidates()) + "); found columns: " + names);
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = names.size() - 1; i >= 0; i--) {
        index.put(names.get(i), i);
      }
      for (CsvSource.Row row; (row = source.next()) != null; ) {
        CSVRecord r = row.record();
        long lineNo = row.line();
        String reason = null;
        String field = null;
        if (row.problem() != null) {
          reason = row.problem();
        } else if (r.size() != names.size()) {
          reason = "expected " + names.size() + " columns, got " + r.size();
        }
        List<String> warnings = new ArrayList<>();
        PostFields.Outcome out = null;
        if (reason == null) {
          out =
              fields.build(
                  columns,
                  column -> {
                    String v = r.get(index.get(column)).strip();
                    return v.isEmpty() ? null : v;
                  },
                  fileName + ":" + row.line(),
                  warnings::add);
          reason = out.rejectReason();
          field = out.rejectField();
        }
        if (reason != null) {
          int authorIndex = columns.containsKey("author") ? index.get(columns.get("author")) : -1;
          quarantine.reject(new Rejection(name, row.line(), field, reason, AuthorRedaction.csv(r.toList(), authorIndex, names.size())));
          counter.rejected();
          continue;
        }
        warnings.forEach(w -> quarantine.warn(name, lineNo, w));
        if (!warnings.isEmpty()) {
          counter.warned();
        }
        sink.accept(out.post());
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

  private List<String> fieldsCandidates() {
    return ColumnMapping.DEFAULT_COLUMNS.get("text");
  }
}
