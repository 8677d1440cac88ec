package org.factdesk.eval;

import java.nio.file.Path;

/**
 * A line of a TREC-format file (qrels or run) that cannot be read.
 *
 * <p>The message is {@code file:line: problem}, e.g. {@code qrels.tsv:3: expected 4 fields
 * (qid 0 docid rel), got 3}. Line numbers are 1-based; {@code 0} means the problem concerns the
 * file as a whole (e.g. it holds no judgements).
 */
public class TrecFormatException extends IllegalArgumentException {
  private final transient Path file;
  private final long line;
  private final String problem;

  public TrecFormatException(Path file, long line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The file as given by the caller. */
  public Path file() {
    return file;
  }

  /** 1-based line number, or 0 for the whole file. */
  public long line() {
    return line;
  }

  /** The problem without the {@code file:line:} prefix. */
  public String problem() {
    return problem;
  }
}
