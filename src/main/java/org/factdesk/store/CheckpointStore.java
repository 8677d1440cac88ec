package org.factdesk.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Per-input progress ({@code ingest_checkpoints}): how many records of an input (file path or
 * feed URL) are committed, and whether it was read to the end. Written in the same transaction as
 * the records it counts, so after a crash the count is exactly what is stored.
 */
public final class CheckpointStore {
  private final Database db;

  public CheckpointStore(Database db) {
    this.db = db;
  }

  /**
   * One input's progress.
   *
   * @param sourceKey absolute file path or URL
   * @param identity what the input looked like (for files: size and modification time) — a changed
   *     identity means the input changed and is read again from the start (dedupe keeps it exact)
   * @param recordsDone records (accepted, duplicate or rejected) committed, in input order
   * @param complete whether the input was read to its end
   */
  public record Checkpoint(String sourceKey, String identity, long recordsDone, boolean complete) {}

  /** The checkpoint of {@code sourceKey}, if any. */
  public Optional<Checkpoint> get(String sourceKey) {
    return db.jdbi().withHandle(h -> h.createQuery(
            "SELECT source_key, identity, records_done, complete FROM ingest_checkpoints WHERE source_key = :k")
        .bind("k", sourceKey)
        .map((rs, ctx) -> new Checkpoint(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
        .findOne());
  }

  /** Inserts or replaces a checkpoint inside the caller's transaction. */
  public void put(Handle h, Checkpoint c, Instant now) {
    int updated = h.createUpdate("UPDATE ingest_checkpoints SET identity = :id, records_done = :n, complete = :c, "
            + "updated_at = :t WHERE source_key = :k")
        .bind("k", c.sourceKey()).bind("id", c.identity()).bind("n", c.recordsDone()).bind("c", c.complete())
        .bind("t", PostStore.utc(now))
        .execute();
    if (updated == 0) {
      h.createUpdate("INSERT INTO ingest_checkpoints (source_key, identity, records_done, complete, updated_at) "
              + "VALUES (:k, :id, :n, :c, :t)")
          .bind("k", c.sourceKey()).bind("id", c.identity()).bind("n", c.recordsDone()).bind("c", c.complete())
          .bind("t", PostStore.utc(now))
          .execute();
    }
  }
}
