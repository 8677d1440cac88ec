package org.factdesk.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each rejection as one JSON line ({@link Rejection} fields; {@code @handles} in the raw text
 * masked) to a quarantine file, and prints
 * its one-line message ({@code file:line: reason}) and every warning to a log stream.
 *
 * <p>The file is created lazily on the first rejection, so a clean run leaves no file behind.
 */
public final class QuarantineFile implements Quarantine, Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path path;
  private final PrintStream log;
  private BufferedWriter writer;
  private long rejected;
  private long warned;
  private final java.util.Map<String, Long> loggedPerFile = new java.util.HashMap<>();
  /** Rejections and warnings printed per input file; the rest go only to the file. */
  static final int LOG_LIMIT = 20;

  /**
   * @param path the JSONL file to write, e.g. {@code out/quarantine.jsonl}
   * @param log where to print messages (usually {@code System.err})
   */
  public QuarantineFile(Path path, PrintStream log) {
    this.path = path;
    this.log = log;
  }

  @Override
  public synchronized void reject(Rejection rejection) {
    rejected++;
    if (shouldLog(rejection.file())) {
      log.println("rejected: " + rejection.message());
    }
    try {
      if (writer == null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      }
      // @handles quoted in a rejected record's content are masked too: no raw handle is ever stored
      Rejection kept = new Rejection(rejection.file(), rejection.line(), rejection.field(), rejection.reason(),
          org.factdesk.text.HandleMasking.mask(rejection.raw()));
      writer.write(JSON.writeValueAsString(kept));
      writer.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write quarantine file " + path, e);
    }
  }

  @Override
  public synchronized void warn(String file, long line, String message) {
    warned++;
    if (shouldLog(file)) {
      log.println("warning: " + (line > 0 ? file + ":" + line : file) + ": " + message);
    }
  }

  private boolean shouldLog(String file) {
    long n = loggedPerFile.merge(file, 1L, Long::sum);
    if (n == LOG_LIMIT + 1) {
      log.println(file + ": more than " + LOG_LIMIT + " problems; the rest are only in " + path);
    }
    return n <= LOG_LIMIT;
  }

  /** Rejections written so far. */
  public synchronized long rejected() {
    return rejected;
  }

  /** Warnings printed so far. */
  public synchronized long warned() {
    return warned;
  }

  /** The quarantine file (which exists only if something was rejected). */
  public Path path() {
    return path;
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
  }
}
