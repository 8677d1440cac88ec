package org.factdesk.eval;

import java.nio.file.Path;

/** A qrels file that cannot be trusted as gold data; message {@code file:line: problem}. */
public final class InvalidQrelsException extends TrecFormatException {
  public InvalidQrelsException(Path file, long line, String problem) {
    super(file, line, problem);
  }
}
