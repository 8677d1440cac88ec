package org.factdesk.desk;

/** The actor's role does not allow the action (the web layer answers 403). */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
