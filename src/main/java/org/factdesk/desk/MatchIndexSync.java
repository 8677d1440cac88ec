package org.factdesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongConsumer;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.publish.IndexedFactCheck;

/**
 * Puts each fact-check the desk publishes into the matching index (as {@link IndexedFactCheck}, id =
 * article URL), so {@code POST /api/v1/match}, the workbench's suggestions and later ingests find the
 * desk's own articles; a re-published revision replaces the earlier document. Register with
 * {@link FactCheckService#onPublished}. Writes are serialised on the index.
 */
public final class MatchIndexSync implements LongConsumer {
  private final FactCheckIndex index;
  private final PublishedReader reader;

  public MatchIndexSync(FactCheckIndex index, PublishedReader reader) {
    this.index = index;
    this.reader = reader;
  }

  /**
   * @throws UncheckedIOException if the index cannot be written
   */
  @Override
  public void accept(long factCheckId) {
    reader.byId(factCheckId).ifPresent(fc -> {
      synchronized (index) {
        try {
          index.upsert(List.of(IndexedFactCheck.of(fc)));
          index.commit();
        } catch (IOException e) {
          throw new UncheckedIOException("indexing published fact-check " + fc.slug(), e);
        }
      }
    });
  }
}
