package org.factdesk.ingest;

/**
 * The input cannot be read as asked at all (unknown format, a CSV without a text column, ...):
 * unlike a bad record, which is quarantined, this stops the read. The CLI maps it to exit code
 * {@value #EXIT_CODE}. The message starts with the file name.
 */
public class InvalidInputException extends RuntimeException {
  /** Exit code for invalid input (jbang-style named exit codes). */
  public static final int EXIT_CODE = 2;

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, starting with the file name */
  public InvalidInputException(String message) {
    super(message);
  }

  /** The process exit code this error maps to: always {@value #EXIT_CODE}. */
  public int exitCode() {
    return EXIT_CODE;
  }
}
