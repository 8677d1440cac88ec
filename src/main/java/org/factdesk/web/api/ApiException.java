package org.factdesk.web.api;

/**
 * A request the API refuses, with the HTTP status, a message for the client and the offending
 * field. Implementations of the API's interfaces throw it to refuse a request (e.g. {@code new
 * ApiException(409, "slug 'x' is already published", "slug")}); the routes turn it into an {@link
 * ApiError} body.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String field;

  /**
   * @param status HTTP status, 400–499 for client errors
   * @param message what is wrong, in words a client developer understands
   * @param field the request field at fault (JSON property or query parameter), or null
   */
  public ApiException(int status, String message, String field) {
    super(message);
    this.status = status;
    this.field = field;
  }

  /** A 400 Bad Request naming {@code field}. */
  public static ApiException badRequest(String message, String field) {
    return new ApiException(400, message, field);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The field at fault, or null. */
  public String field() {
    return field;
  }
}
