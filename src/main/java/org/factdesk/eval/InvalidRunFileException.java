package org.factdesk.eval;

import java.nio.file.Path;

/** A run file line that cannot be read; message {@code file:line: problem}. */
public final class InvalidRunFileException extends TrecFormatException {
  public InvalidRunFileException(Path file, long line, String problem) {
    super(file, line, problem);
  }
}
