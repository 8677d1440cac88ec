package org.factdesk.store;

/** The embedded database is open in another process (exit code 3 at the CLI). */
public final class DatabaseLockedException extends IllegalStateException {
  public DatabaseLockedException(String message) {
    super(message);
  }
}
