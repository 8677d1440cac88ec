package org.factdesk.desk;

/** A field of a desk request is missing or malformed; the message names the field (web: 400). */
public final class InvalidFieldException extends RuntimeException {
  private final String field;

  public InvalidFieldException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** The offending field's form name, e.g. {@code title}. */
  public String field() {
    return field;
  }
}
