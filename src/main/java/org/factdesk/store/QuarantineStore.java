package org.factdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.factdesk.ingest.Rejection;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code quarantine} table: every rejected record with its input, line, field and reason, and
 * the raw text (author values already redacted by the reader). Rows are written in the same
 * transaction as the checkpoint that passes them, so a resumed import never quarantines a record
 * twice.
 */
public final class QuarantineStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database db;

  public QuarantineStore(Database db) {
    this.db = db;
  }

  /** Inserts rejections inside the caller's transaction. */
  public void insert(Handle h, List<Rejection> rejections, Instant now) {
    if (rejections.isEmpty()) {
      return;
    }
    PreparedBatch b = h.prepareBatch("INSERT INTO quarantine (origin, line, field, reason, raw, rejected_at) "
        + "VALUES (:origin, :line, :field, :reason, :raw, :t)");
    for (Rejection r : rejections) {
      b.bind("origin", r.file()).bind("line", r.line()).bind("field", r.field())
          .bind("reason", truncate(r.reason(), 4000)).bind("raw", truncate(r.raw(), 20000))
          .bind("t", PostStore.utc(now)).add();
    }
    b.execute();
  }

  /** Number of kept rejections. */
  public long count() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quarantine").mapTo(Long.class).one());
  }

  /**
   * Writes every kept rejection as JSON Lines ({@code file, line, field, reason, raw, rejected_at}),
   * oldest first, replacing {@code out} atomically.
   *
   * @return the number of lines written
   */
  public long export(Path out) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    long[] n = {0};
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      db.jdbi().useHandle(h -> h.createQuery(
              "SELECT origin, line, field, reason, raw, rejected_at FROM quarantine ORDER BY id")
          .setFetchSize(1000)
          .map((rs, ctx) -> {
            ObjectNode o = JSON.createObjectNode();
            o.put("file", rs.getString(1));
            o.put("line", rs.getLong(2));
            o.put("field", rs.getString(3));
            o.put("reason", rs.getString(4));
            o.put("raw", rs.getString(5));
            o.put("rejected_at", rs.getTimestamp(6).toInstant().toString());
            return o;
          })
          .forEach(o -> {
            try {
              w.write(JSON.writeValueAsString(o));
              w.write('\n');
              n[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }));
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return n[0];
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
