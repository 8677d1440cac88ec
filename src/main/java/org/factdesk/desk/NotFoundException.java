package org.factdesk.desk;

/** A referenced row (case, fact-check, post, user) does not exist (the web layer answers 404). */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
