package org.factdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.model.FactCheck;

/**
 * Reads the CLEF-2020 CheckThat! Task 2 verified-claims collection {@code verified_claims.docs.tsv}:
 * TAB-separated {@code vclaim_id, vclaim, title} with a header {@code \tvclaim\ttitle}, standard
 * double-quote quoting ({@code ""} escapes, embedded newlines), UTF-8.
 *
 * <p>Each row becomes {@link FactCheck#ofClaim(String, String, String, String) FactCheck.ofClaim(id,
 * vclaim, title, null)}. Rejected: rows without exactly 3 columns ({@code expected 3 tab-separated
 * columns, got N}), {@code missing id}, {@code missing vclaim}, {@code invalid UTF-8}. Source:
 * github.com/sshaar/clef2020-factchecking-task2 ({@code data/v3.zip}).
 */
public final class CheckThat2020CollectionReader implements RecordReader<FactCheck> {

  /**
   * @throws IOException if the file cannot be read, or its quoting is broken beyond repair (a quote
   *     never closed: the rest of the file is one field)
   */
  @Override
  public ReadStats read(Path file, Consumer<? super FactCheck> sink, Quarantine quarantine) throws IOException {
    String name = file.toString();
    ReadStats.Counter counter = new ReadStats.Counter();
    try (CsvSource source = new CsvSource(file, CsvSource.TSV, TextEncoding.UTF_8)) {
      for (CsvSource.Row row; (row = source.next()) != null; ) {
        CSVRecord r = row.record();
        if (row.line() == 1 && isHeader(r)) {
          continue;
        }
        String reason = problem(row);
        if (reason != null) {
          quarantine.reject(new Rejection(name, row.line(), null, reason, row.raw("\t")));
          counter.rejected();
          continue;
        }
        String title = r.get(2).strip();
        sink.accept(FactCheck.ofClaim(r.get(0).strip(), r.get(1).strip(), title.isEmpty() ? null : title, null));
        counter.accepted();
      }
    }
    return counter.snapshot();
  }

  private static boolean isHeader(CSVRecord r) {
    return r.size() >= 2 && r.get(0).isBlank() && r.get(1).strip().equals("vclaim");
  }

  private static String problem(CsvSource.Row row) {
    CSVRecord r = row.record();
    if (row.problem() != null) {
      return row.problem();
    }
    if (r.size() != 3) {
      return "expected 3 tab-separated columns, got " + r.size();
    }
    if (r.get(0).isBlank()) {
      return "missing id";
    }
    if (r.get(1).isBlank()) {
      return "missing vclaim";
    }
    return null;
  }
}
