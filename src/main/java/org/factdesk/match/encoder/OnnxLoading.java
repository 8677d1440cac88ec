package org.factdesk.match.encoder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Opens ONNX Runtime sessions and Hugging Face tokenizers with the settings the encoders need. */
final class OnnxLoading {
  private OnnxLoading() {}

  /**
   * Session options: {@code threads} intra-op threads that sleep rather than spin between ops (on a
   * shared two-core machine spinning made one-by-one encoding 2x slower), one inter-op thread, all
   * graph optimisations.
   */
  static OrtSession.SessionOptions options(int threads) throws OrtException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(threads);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return options;
  }

  static OrtSession session(String modelPath, int threads) throws OrtException {
    try (OrtSession.SessionOptions options = options(threads)) {
      return OrtEnvironment.getEnvironment().createSession(modelPath, options);
    }
  }

  static OrtSession session(byte[] model, int threads) throws OrtException {
    try (OrtSession.SessionOptions options = options(threads)) {
      return OrtEnvironment.getEnvironment().createSession(model, options);
    }
  }

  /**
   * A tokenizer that adds special tokens, never pads (the encoder pads per mini-batch) and truncates
   * to {@code maxTokens} tokens, special tokens included, whatever {@code tokenizer.json} says.
   */
  static HuggingFaceTokenizer tokenizer(InputStream json, int maxTokens) throws IOException {
    return HuggingFaceTokenizer.newInstance(json, Map.of(
        "addSpecialTokens", "true",
        "padding", "false",
        "truncation", "true",
        "maxLength", Integer.toString(maxTokens)));
  }

  /** First line of an exception message, at most 160 characters: for one-line load errors. */
  static String shortReason(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl).strip();
    }
    return m.length() > 160 ? m.substring(0, 157) + "..." : m;
  }
}
