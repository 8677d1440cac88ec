package org.factdesk.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a delimited file with commons-csv (standard quoting, embedded newlines),
 * adding what the parser does not give: the 1-based line where each record starts, and whether any
 * of its lines did not decode in the file's {@link TextEncoding} (each line is decoded strictly on
 * its own by a {@link TextLineReader}; a bad line reaches the parser with its bad bytes as {@code
 * \xNN} so parsing goes on, and the record carries the line's problem).
 */
final class CsvSource implements Closeable {

  /**
   * One record.
   *
   * @param record the parsed record
   * @param line 1-based line where it starts
   * @param problem why one of its lines does not decode (then reject it, with this reason), e.g.
   *     {@code invalid UTF-8}; null when all decode
   */
  record Row(CSVRecord record, long line, String problem) {
    /** The fields joined by {@code delimiter}, for the quarantine. */
    String raw(String delimiter) {
      return String.join(delimiter, record.values());
    }
  }

  /** TAB-separated with standard double-quote quoting; empty lines ignored. */
  static final CSVFormat TSV =
      CSVFormat.DEFAULT.builder().setDelimiter('\t').setTrailingData(true).get();

  /** Comma-separated with standard double-quote quoting; empty lines ignored. */
  static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setTrailingData(true).get();

  private final LineTrackingReader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private CSVRecord pending;
  private long pendingLine;
  private String malformedReason;
  private long malformedLine;

  CsvSource(Path file, CSVFormat format, TextEncoding encoding) throws IOException {
    this.reader = new LineTrackingReader(TextLineReader.open(file, encoding));
    this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    this.records = parser.iterator();
  }

  /**
   * The next record, or null at end of input.
   *
   * @throws IOException if the file cannot be read, or the CSV cannot be parsed any further (e.g.
   *     a quote that is never closed); the message says where
   */
  Row next() throws IOException {
    if (pending == null && !fetch()) {
      return null;
    }
    CSVRecord current = pending;
    long line = pendingLine;
    long end = fetch() ? pendingLine - 1 : Long.MAX_VALUE;
    if (end == Long.MAX_VALUE) {
      pending = null;
    }
    return new Row(current, line, reader.problemBetween(line, end));
  }

  private boolean fetch() throws IOException {
    try {
      if (!records.hasNext()) {
        pending = null;
        return false;
      }
      pending = records.next();
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof org.apache.commons.csv.CSVException)) {
        throw e.getCause();
      }
      // a syntax error (e.g. a quote never closed): the rest of the file cannot be split into records
      String m = String.valueOf(e.getCause().getMessage());
      java.util.regex.Matcher start = java.util.regex.Pattern.compile("startline (\\d+)").matcher(m);
      malformedLine = start.find() ? Long.parseLong(start.group(1)) : currentLine();
      malformedReason = "malformed CSV from here to the end of the file: " + m.replaceFirst("^\\(.*?\\)\\s*", "");
      pending = null;
      return false;
    }
    pendingLine = reader.lineAt(pending.getCharacterPosition());
    return true;
  }

  /**
   * The rejection for a syntax error that ended parsing early (records before it were returned), or
   * null when the file parsed to its end.
   */
  Rejection malformed(String file) {
    return malformedReason == null ? null : new Rejection(file, malformedLine, null, malformedReason, null);
  }

  /** Line number the parser has reached (for error messages). */
  long currentLine() {
    return parser.getCurrentLineNumber() + 1;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Feeds decoded lines to the parser and remembers where each line starts. */
  private static final class LineTrackingReader extends Reader {
    private record Start(long line, boolean blank) {}

    private final TextLineReader lines;
    private final TreeMap<Long, Start> starts = new TreeMap<>();
    private final TreeMap<Long, String> invalid = new TreeMap<>();
    private String current = "";
    private int pos;
    private long emitted;

    LineTrackingReader(TextLineReader lines) {
      this.lines = lines;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (pos >= current.length()) {
        TextLineReader.Line l = lines.next();
        if (l == null) {
          return -1;
        }
        emitted += current.length();
        starts.put(emitted, new Start(l.number(), l.display().isEmpty()));
        if (!l.valid()) {
          invalid.put(l.number(), l.problem());
        }
        current = l.display() + l.terminator();
        pos = 0;
      }
      int n = Math.min(len, current.length() - pos);
      current.getChars(pos, pos + n, cbuf, off);
      pos += n;
      return n;
    }

    /** Line holding character {@code position}, skipping blank lines the parser skipped too. */
    long lineAt(long position) {
      Map.Entry<Long, Start> e = starts.floorEntry(position);
      if (e == null) {
        return 1;
      }
      while (e.getValue().blank()) {
        Map.Entry<Long, Start> next = starts.higherEntry(e.getKey());
        if (next == null) {
          break;
        }
        e = next;
      }
      starts.headMap(e.getKey(), false).clear();
      return e.getValue().line();
    }

    /** The problem of the first invalid line in {@code [from, to]}, or null; forgets lines up to {@code to}. */
    String problemBetween(long from, long to) {
      Map.Entry<Long, String> first = invalid.subMap(from, true, to, true).firstEntry();
      invalid.headMap(to, true).clear();
      return first == null ? null : first.getValue();
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }
}
