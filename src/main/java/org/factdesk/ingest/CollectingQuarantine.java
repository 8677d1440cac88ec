package org.factdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps rejections and warnings in memory: for tests and small evaluation runs. */
public final class CollectingQuarantine implements Quarantine {
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  @Override
  public synchronized void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public synchronized void warn(String file, long line, String message) {
    warnings.add(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
  }

  /** Rejections in the order they arrived. */
  public synchronized List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** Warning lines ({@code file:line: message}) in the order they arrived. */
  public synchronized List<String> warnings() {
    return List.copyOf(warnings);
  }
}
