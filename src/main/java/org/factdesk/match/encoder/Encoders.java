package org.factdesk.match.encoder;

import java.nio.file.Path;

/** Chooses the sentence encoder for a run. */
public final class Encoders {
  private Encoders() {}

  /**
   * @param modelDirOrNull a sentence-transformers ONNX export directory, or null for the bundled
   *     all-MiniLM-L6-v2
   * @return an open encoder using every available core; the caller closes it
   * @throws ModelLoadException if the model cannot be loaded
   */
  public static SentenceEncoder open(Path modelDirOrNull) {
    return modelDirOrNull == null ? new BundledMiniLmEncoder() : new OnnxModelDirEncoder(modelDirOrNull);
  }
}
