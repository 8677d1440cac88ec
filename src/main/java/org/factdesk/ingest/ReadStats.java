package org.factdesk.ingest;

/**
 * Counts for one read of one or more files (Anserini-style: operators need counts, not stack
 * traces).
 *
 * @param read records seen (good + rejected)
 * @param accepted records passed on downstream
 * @param rejected records sent to quarantine
 * @param warnings accepted records that carried a warning (e.g. a ClaimReview without
 *     {@code claimReviewed})
 */
public record ReadStats(long read, long accepted, long rejected, long warnings) {
  /** Nothing read. */
  public static final ReadStats EMPTY = new ReadStats(0, 0, 0, 0);

  /** Field-wise sum. */
  public ReadStats plus(ReadStats other) {
    return new ReadStats(
        read + other.read, accepted + other.accepted, rejected + other.rejected, warnings + other.warnings);
  }

  /** One line for logs: {@code read=N accepted=N rejected=N warnings=N}. */
  @Override
  public String toString() {
    return "read=" + read + " accepted=" + accepted + " rejected=" + rejected + " warnings=" + warnings;
  }

  /** Mutable counter used by readers while streaming. */
  public static final class Counter {
    private long read;
    private long accepted;
    private long rejected;
    private long warnings;

    public void accepted() {
      read++;
      accepted++;
    }

    public void rejected() {
      read++;
      rejected++;
    }

    public void warned() {
      warnings++;
    }

    public ReadStats snapshot() {
      return new ReadStats(read, accepted, rejected, warnings);
    }
  }
}
