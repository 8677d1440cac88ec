package org.factdesk.pipeline;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.ingest.Quarantine;
import org.factdesk.ingest.Rejection;

/**
 * Prints rejections and warnings for operators, at most {@link #LIMIT} per input, then one line
 * saying where the rest are kept. Keeps nothing itself: the caller stores every rejection.
 */
final class ProblemLog implements Quarantine {
  static final int LIMIT = 20;
  private final PrintStream log;
  private final String keptIn;
  private final Map<String, Long> perInput = new HashMap<>();

  /**
   * @param log where to print
   * @param keptIn where every rejection is kept, for the "more problems" line
   */
  ProblemLog(PrintStream log, String keptIn) {
    this.log = log;
    this.keptIn = keptIn;
  }

  @Override
  public synchronized void reject(Rejection r) {
    if (count(r.file())) {
      log.println("rejected: " + r.message());
    }
  }

  @Override
  public synchronized void warn(String file, long line, String message) {
    if (count(file)) {
      log.println("warning: " + (line > 0 ? file + ":" + line : file) + ": " + message);
    }
  }

  private boolean count(String file) {
    long n = perInput.merge(file, 1L, Long::sum);
    if (n == LIMIT + 1) {
      log.println(file + ": more than " + LIMIT + " problems; all are kept in " + keptIn);
    }
    return n <= LIMIT;
  }
}
