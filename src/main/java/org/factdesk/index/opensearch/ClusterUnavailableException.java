package org.factdesk.index.opensearch;

import java.io.IOException;

/** No node of the cluster answered, even after the retries ({@link RetryPolicy}). */
public final class ClusterUnavailableException extends IOException {
  /**
   * @param message which nodes, how many attempts and the last failure
   * @param cause the last connection failure
   */
  public ClusterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
