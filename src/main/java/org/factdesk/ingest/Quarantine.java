package org.factdesk.ingest;

/**
 * Where rejected records and warnings go. Implementations must keep every rejection (a file, a
 * table, a list), never drop it.
 */
public interface Quarantine {

  /** Keeps a rejected record. */
  void reject(Rejection rejection);

  /**
   * Reports a record that was accepted despite a problem (e.g. a ClaimReview without
   * {@code claimReviewed}). The default logs nothing; implementations usually log it.
   *
   * @param file input file
   * @param line 1-based line, or 0 when unknown
   * @param message what is wrong
   */
  default void warn(String file, long line, String message) {}
}
