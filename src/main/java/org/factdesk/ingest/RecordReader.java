package org.factdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams the records of one file in one format.
 *
 * @param <T> the model record produced ({@code Post} or {@code FactCheck})
 */
public interface RecordReader<T> {

  /**
   * Reads {@code file}, passing each good record to {@code sink} in file order and each malformed
   * one to {@code quarantine}; never stops at a bad record.
   *
   * @return counts of what was read
   * @throws IOException if the file cannot be opened or read at all (missing, unreadable)
   */
  ReadStats read(Path file, Consumer<? super T> sink, Quarantine quarantine) throws IOException;
}
