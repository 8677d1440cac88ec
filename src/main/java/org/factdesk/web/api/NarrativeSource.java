package org.factdesk.web.api;

import java.util.List;

/** Narratives for {@code GET /api/v1/narratives}. Implemented by the desk; thread-safe. */
public interface NarrativeSource {
  /** How {@link #top} orders narratives. */
  enum Order {
    /** Most posts first. */
    SIZE,
    /** Highest rising score first (narratives without one last). */
    RISING,
    /** Latest {@code lastSeen} first. */
    RECENT
  }

  /**
   * @param order the order
   * @param limit most narratives, 1–100
   * @return at most {@code limit} narratives in {@code order}, ties by id
   */
  List<NarrativeSummary> top(Order order, int limit);
}
