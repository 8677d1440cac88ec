package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every API error: {@code {"error": {"status": 400, "message": "...", "field": "threshold"}}}.
 *
 * @param error the details
 */
public record ApiError(Detail error) {
  /**
   * @param status the HTTP status, repeated
   * @param message what is wrong
   * @param field the request field at fault; omitted when none
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(int status, String message, String field) {}

  /** An error body. */
  public static ApiError of(int status, String message, String field) {
    return new ApiError(new Detail(status, message, field));
  }
}
