package org.factdesk.match.encoder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Any sentence-transformers model exported to ONNX, loaded from a directory the user gives: e.g. a
 * multilingual model (paraphrase-multilingual-MiniLM-L12-v2) to match Vietnamese posts to English
 * fact-checks.
 *
 * <p>The directory holds {@code model.onnx} (inputs {@code input_ids}, {@code attention_mask},
 * optionally {@code token_type_ids}; a token-level output such as {@code last_hidden_state}) and
 * {@code tokenizer.json} (Hugging Face fast tokenizer); optional {@code sentence_bert_config.json},
 * {@code config.json}, {@code modules.json} and {@code 1_Pooling/config.json} set the token limit
 * and pooling as described in {@link ModelDirConfig}. Vectors are always L2-normalised.
 *
 * <p>{@link #id()} includes a SHA-256 prefix of {@code model.onnx} and {@code tokenizer.json}, so a
 * swapped model invalidates cached vectors; hashing reads the files once (about 1 s per GB).
 */
public final class OnnxModelDirEncoder implements SentenceEncoder {
  /** Name of the ONNX graph inside the model directory. */
  public static final String MODEL_FILE = "model.onnx";
  /** Name of the Hugging Face tokenizer inside the model directory. */
  public static final String TOKENIZER_FILE = "tokenizer.json";
  private static final String EXPECTED = "(expected a sentence-transformers ONNX export: model.onnx + tokenizer.json)";

  private final Path directory;
  private final OnnxBiEncoder engine;
  private final String id;

  /** Loads with one ONNX Runtime thread per available core; see {@link #OnnxModelDirEncoder(Path, int)}. */
  public OnnxModelDirEncoder(Path directory) {
    this(directory, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param directory the export directory
   * @param threads ONNX Runtime intra-op threads, ≥ 1
   * @throws ModelLoadException (one-line message naming the directory) if the directory or a
   *     required file is missing, {@code model.onnx} is not a valid ONNX model or not a text
   *     encoder, or {@code tokenizer.json} or a config file cannot be parsed
   */
  public OnnxModelDirEncoder(Path directory, int threads) {
    this.directory = directory;
    if (!Files.isDirectory(directory)) {
      throw new ModelLoadException(directory, (Files.exists(directory) ? "not a directory " : "does not exist ") + EXPECTED);
    }
    Path model = directory.resolve(MODEL_FILE);
    Path tokenizerFile = directory.resolve(TOKENIZER_FILE);
    for (Path required : List.of(model, tokenizerFile)) {
      if (!Files.isRegularFile(required)) {
        throw new ModelLoadException(directory, "missing " + required.getFileName() + " " + EXPECTED);
      }
    }
    ModelDirConfig config = ModelDirConfig.read(directory);
    OnnxBiEncoder.ModelProblem problem = (p, cause) -> new ModelLoadException(directory, p, cause);
    OrtSession session;
    try {
      session = OnnxLoading.session(model.toString(), threads);
    } catch (OrtException e) {
      throw new ModelLoadException(directory, "model.onnx is not a valid ONNX model (" + reason(e) + ")", e);
    }
    HuggingFaceTokenizer tokenizer;
    try (InputStream json = Files.newInputStream(tokenizerFile)) {
      tokenizer = OnnxLoading.tokenizer(json, config.maxTokens());
    } catch (IOException | RuntimeException e) {
      try {
        session.close();
      } catch (OrtException ignored) {
        // already failing
      }
      throw new ModelLoadException(directory, "tokenizer.json is not a valid Hugging Face tokenizer (" + OnnxLoading.shortReason(e) + ")", e);
    }
    this.engine = new OnnxBiEncoder(session, tokenizer, config.pooling(), config.maxTokens(), problem);
    this.id = directory.toAbsolutePath().normalize().getFileName() + "@sha256:" + digest(model, tokenizerFile)
        + ";pool=" + config.pooling().id() + ";max=" + config.maxTokens() + ";l2";
  }

  /** ONNX Runtime prefixes parse errors with "Load model from PATH failed:"; keep what follows. */
  private static String reason(OrtException e) {
    String m = OnnxLoading.shortReason(e);
    int failed = m.indexOf("failed:");
    return failed >= 0 ? m.substring(failed + "failed:".length()).strip() : m;
  }

  private String digest(Path... files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (IOException e) {
      engine.close();
      throw new ModelLoadException(directory, "cannot read model files (" + OnnxLoading.shortReason(e) + ")", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The directory the model was loaded from. */
  public Path directory() {
    return directory;
  }

  /** Pooling read from the directory's config (MEAN when none). */
  public Pooling pooling() {
    return engine.pooling();
  }

  /** Truncation length in tokens, special tokens included. */
  public int maxTokens() {
    return engine.maxTokens();
  }

  @Override
  public String id() {
    return id;
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
