package org.factdesk.match.encoder;

import java.nio.file.Path;

/**
 * A sentence-encoder model could not be loaded. The message is one line naming the model location
 * and what is wrong, e.g. {@code model directory /m: missing model.onnx (expected ...)}.
 */
public final class ModelLoadException extends RuntimeException {

  /**
   * @param directory the model directory the user gave
   * @param problem what is wrong, one line (line breaks are folded into spaces)
   */
  public ModelLoadException(Path directory, String problem) {
    this(directory, problem, null);
  }

  /**
   * @param directory the model directory the user gave
   * @param problem what is wrong, one line (line breaks are folded into spaces)
   * @param cause the underlying error, or null
   */
  public ModelLoadException(Path directory, String problem, Throwable cause) {
    super(oneLine("model directory " + directory + ": " + problem), cause);
  }

  /** For models that are not in a directory, e.g. the one bundled on the classpath. */
  ModelLoadException(String location, String problem, Throwable cause) {
    super(oneLine(location + ": " + problem), cause);
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
