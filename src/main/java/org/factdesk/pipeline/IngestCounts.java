package org.factdesk.pipeline;

/**
 * Running totals of one {@code factdesk ingest} run (thread-safe).
 *
 * <p>Every record read is exactly one of: stored, duplicate or rejected ({@code read = stored +
 * duplicates + rejected}); {@code nearDuplicates} counts stored posts linked to an earlier chain
 * copy, {@code factChecks} fact-checks upserted into the index, {@code matched}/{@code suggested}
 * stored posts whose best match is confident / worth an editor's look.
 */
public final class IngestCounts {
  private long read;
  private long stored;
  private long duplicates;
  private long nearDuplicates;
  private long rejected;
  private long warnings;
  private long factChecks;
  private long matched;
  private long suggested;
  private long unchangedInputs;

  synchronized void add(long readN, long storedN, long duplicatesN, long nearN, long rejectedN) {
    read += readN;
    stored += storedN;
    duplicates += duplicatesN;
    nearDuplicates += nearN;
    rejected += rejectedN;
  }

  synchronized void factChecks(long n, long rejectedN) {
    read += n + rejectedN;
    factChecks += n;
    stored += n;
    rejected += rejectedN;
  }

  synchronized void matches(long confident, long suggestedN) {
    matched += confident;
    suggested += suggestedN;
  }

  synchronized void warned() {
    warnings++;
  }

  synchronized void unchanged() {
    unchangedInputs++;
  }

  public synchronized long read() {
    return read;
  }

  public synchronized long stored() {
    return stored;
  }

  public synchronized long duplicates() {
    return duplicates;
  }

  public synchronized long nearDuplicates() {
    return nearDuplicates;
  }

  public synchronized long rejected() {
    return rejected;
  }

  public synchronized long warnings() {
    return warnings;
  }

  public synchronized long factChecks() {
    return factChecks;
  }

  public synchronized long matched() {
    return matched;
  }

  public synchronized long suggested() {
    return suggested;
  }

  public synchronized long unchangedInputs() {
    return unchangedInputs;
  }

  /** {@code read=N stored=N duplicate=N rejected=N} plus the rest, for the final line. */
  @Override
  public synchronized String toString() {
    return "read=" + read + " stored=" + stored + " duplicate=" + duplicates + " rejected=" + rejected
        + " (near-duplicates linked=" + nearDuplicates + ", fact-checks=" + factChecks + ", matched confident="
        + matched + " suggested=" + suggested + ", warnings=" + warnings + ", unchanged inputs skipped="
        + unchangedInputs + ")";
  }
}
