package org.factdesk.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.store.LockObtainFailedException;
import org.factdesk.eval.TrecFormatException;
import org.factdesk.index.lucene.SettingsMismatchException;
import org.factdesk.ingest.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one-line messages on stderr and named exit codes; stack traces only for
 * internal errors when {@code FACTDESK_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    Throwable e = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
    var err = cmd.getErr();
    if (e instanceof NoSuchFileException nsf) {
      err.println("factdesk: no such file or directory: " + nsf.getFile());
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof AccessDeniedException ade) {
      err.println("factdesk: permission denied: " + ade.getFile());
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof InvalidInputException || e instanceof TrecFormatException || e instanceof IllegalArgumentException) {
      err.println("factdesk: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof org.factdesk.match.encoder.ModelLoadException) {
      err.println("factdesk: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof LockObtainFailedException) {
      err.println("factdesk: the data directory is in use by another factdesk process (" + e.getMessage() + ")");
      return ExitCodes.UNEXPECTED_STATE;
    }
    if (e instanceof org.factdesk.store.DatabaseLockedException) {
      err.println("factdesk: the data directory is in use by another factdesk process (" + e.getMessage() + ")");
      return ExitCodes.UNEXPECTED_STATE;
    }
    if (e instanceof org.factdesk.store.DatabaseUnavailableException) {
      err.println("factdesk: " + e.getMessage());
      return ExitCodes.UNEXPECTED_STATE;
    }
    if (e instanceof org.factdesk.index.opensearch.ClusterUnavailableException
        || e instanceof org.factdesk.index.opensearch.ClusterSettingsMismatchException) {
      err.println("factdesk: " + e.getMessage());
      return ExitCodes.UNEXPECTED_STATE;
    }
    if (e instanceof SettingsMismatchException) {
      err.println("factdesk: " + e.getMessage());
      return ExitCodes.UNEXPECTED_STATE;
    }
    if (e instanceof FileSystemException fse) {
      err.println("factdesk: cannot access " + fse.getFile() + ": " + fse.getReason());
      return ExitCodes.INVALID_INPUT;
    }
    err.println("factdesk: internal error: " + e);
    if (System.getenv("FACTDESK_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set FACTDESK_DEBUG=1 for the stack trace)");
    }
    return ExitCodes.INTERNAL_ERROR;
  }
}
