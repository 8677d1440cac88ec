package org.factdesk.cli;

/** Named exit codes (jbang style): a bad file never exits 0. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Everything read and done. */
  public static final int OK = 0;
  /** A regression check found scores outside their tolerance. */
  public static final int CHECK_FAILED = 1;
  /** Invalid input: a missing/unreadable file, an unknown format, or rejected records. */
  public static final int INVALID_INPUT = 2;
  /** Unexpected state: the data directory is locked or was built with another analyzer. */
  public static final int UNEXPECTED_STATE = 3;
  /** A bug: please report it with the stack trace printed by {@code FACTDESK_DEBUG=1}. */
  public static final int INTERNAL_ERROR = 4;
}
