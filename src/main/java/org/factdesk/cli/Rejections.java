package org.factdesk.cli;

import org.factdesk.ingest.CollectingQuarantine;
import org.factdesk.ingest.Rejection;

/** Prints in-memory rejections to stderr and gives the exit code: a rejected record is never OK. */
final class Rejections {
  private Rejections() {}

  static int report(CollectingQuarantine q) {
    for (Rejection r : q.rejections()) {
      System.err.println("rejected: " + r.message());
    }
    return q.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }
}
