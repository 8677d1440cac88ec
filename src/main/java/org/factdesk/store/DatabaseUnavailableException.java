package org.factdesk.store;

/** The database cannot be reached or migrated (exit code 3 at the CLI); the message names the URL. */
public final class DatabaseUnavailableException extends IllegalStateException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
