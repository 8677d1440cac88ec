package org.factdesk.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers for reader tests: fixture files and the shared real data (skipped when absent). */
final class Fixtures {
  private Fixtures() {}

  /** Bytes that are not valid UTF-8 (a lone continuation byte and a truncated sequence). */
  static final byte[] BAD_UTF8 = {(byte) 0x80, 'x', (byte) 0xC3};

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Writes UTF-8 text. */
  static Path write(Path dir, String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the concatenation of parts: {@code String}s as UTF-8, {@code byte[]}s as is. */
  static Path writeBytes(Path dir, String name, Object... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.write(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
    }
    return Files.write(dir.resolve(name), out.toByteArray());
  }

  /** A file under {@code ../shared/data} (relative to Maven's working dir); skips the test if absent. */
  static Path sharedData(String... parts) {
    Path p = Path.of("..", "shared", "data").resolve(String.join("/", parts));
    assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }

  /** Reads a file with a reader, collecting records. */
  static <T> Result<T> read(RecordReader<T> reader, Path file) throws IOException {
    List<T> records = new ArrayList<>();
    CollectingQuarantine q = new CollectingQuarantine();
    ReadStats stats = reader.read(file, records::add, q);
    return new Result<>(records, q, stats);
  }

  record Result<T>(List<T> records, CollectingQuarantine quarantine, ReadStats stats) {}
}
