package org.factdesk.match.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared engine of the encoders: a Hugging Face tokenizer (truncating at {@code maxTokens},
 * special tokens included) feeding an ONNX Runtime session of a BERT-like transformer, whose
 * token-level output {@code [batch, tokens, hidden]} is pooled under the attention mask and
 * L2-normalised.
 *
 * <p>Batches are sorted by token count and cut into mini-batches of {@link #MINI_BATCH} texts, each
 * padded to its longest member, so padding stays small. Thread-safe: ONNX Runtime sessions and the
 * tokenizer allow concurrent calls.
 */
final class OnnxBiEncoder implements AutoCloseable {
  /** Texts per ONNX Runtime call in {@link #encodeBatch}. */
  static final int MINI_BATCH = 32;
  private static final List<String> TOKEN_OUTPUTS = List.of("last_hidden_state", "token_embeddings");

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final Pooling pooling;
  private final int maxTokens;
  private final boolean wantsTokenTypes;
  private final String output;
  private final int dimension;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Takes ownership of {@code session} and {@code tokenizer} (closes them on failure too).
   *
   * @param onProblem builds the exception naming the model's location, e.g. {@code model directory /m}
   * @throws ModelLoadException if the model's inputs or outputs are not those of a text encoder
   */
  OnnxBiEncoder(OrtSession session, HuggingFaceTokenizer tokenizer, Pooling pooling, int maxTokens, ModelProblem onProblem) {
    this.env = OrtEnvironment.getEnvironment();
    this.session = session;
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.maxTokens = maxTokens;
    try {
      Set<String> inputs = session.getInputNames();
      if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")
          || !Set.of("input_ids", "attention_mask", "token_type_ids").containsAll(inputs)) {
        throw onProblem.fail("model.onnx takes inputs " + inputs
            + ", expected input_ids, attention_mask and optionally token_type_ids", null);
      }
      this.wantsTokenTypes = inputs.contains("token_type_ids");
      this.output = tokenOutput(session, onProblem);
      this.dimension = encodeBatch(List.of("probe")).get(0).length;
    } catch (OrtException e) {
      close();
      throw onProblem.fail("model.onnx could not be inspected (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      close();
      throw e instanceof ModelLoadException ? e : onProblem.fail("model.onnx failed on a probe sentence (" + e.getMessage() + ")", e);
    }
  }

  /** Builds the exception for a load problem; the caller knows the model's location. */
  interface ModelProblem {
    ModelLoadException fail(String problem, Throwable cause);
  }

  private static String tokenOutput(OrtSession session, ModelProblem onProblem) throws OrtException {
    Map<String, NodeInfo> outputs = session.getOutputInfo();
    for (String name : TOKEN_OUTPUTS) {
      if (outputs.containsKey(name)) {
        return name;
      }
    }
    for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
      if (e.getValue().getInfo() instanceof TensorInfo t && t.getShape().length == 3) {
        return e.getKey();
      }
    }
    throw onProblem.fail("model.onnx has no token-level output [batch, tokens, hidden] (outputs: " + outputs.keySet() + ")", null);
  }

  int dimension() {
    return dimension;
  }

  int maxTokens() {
    return maxTokens;
  }

  Pooling pooling() {
    return pooling;
  }

  float[] encode(String text) {
    return encodeBatch(List.of(text)).get(0);
  }

  List<float[]> encodeBatch(List<String> texts) {
    if (closed.get()) {
      throw new IllegalStateException("encoder is closed");
    }
    Encoding[] encodings = new Encoding[texts.size()];
    for (int i = 0; i < encodings.length; i++) {
      encodings[i] = tokenizer.encode(texts.get(i));
    }
    Integer[] order = new Integer[encodings.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> encodings[i].getIds().length).thenComparingInt(i -> i));
    float[][] vectors = new float[encodings.length][];
    for (int from = 0; from < order.length; from += MINI_BATCH) {
      int to = Math.min(order.length, from + MINI_BATCH);
      Encoding[] batch = new Encoding[to - from];
      for (int j = from; j < to; j++) {
        batch[j - from] = encodings[order[j]];
      }
      float[][] pooled = run(batch);
      for (int j = from; j < to; j++) {
        vectors[order[j]] = pooled[j - from];
      }
    }
    return Arrays.asList(vectors);
  }

  private float[][] run(Encoding[] batch) {
    int length = 0;
    for (Encoding e : batch) {
      length = Math.max(length, e.getIds().length);
    }
    long[] ids = new long[batch.length * length];
    long[] mask = new long[ids.length];
    long[] types = new long[ids.length];
    for (int b = 0; b < batch.length; b++) {
      long[] id = batch[b].getIds();
      System.arraycopy(id, 0, ids, b * length, id.length);
      System.arraycopy(batch[b].getAttentionMask(), 0, mask, b * length, id.length);
      System.arraycopy(batch[b].getTypeIds(), 0, types, b * length, id.length);
    }
    long[] shape = {batch.length, length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (wantsTokenTypes) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
        OnnxValue value = result.get(output).orElseThrow();
        long[] outShape = ((TensorInfo) value.getInfo()).getShape();
        return pool(((OnnxTensor) value).getFloatBuffer(), mask, batch.length, length, (int) outShape[2]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[][] pool(FloatBuffer hidden, long[] mask, int batch, int length, int dim) {
    float[][] out = new float[batch][dim];
    for (int b = 0; b < batch; b++) {
      float[] v = out[b];
      if (pooling == Pooling.CLS) {
        hidden.get(b * length * dim, v, 0, dim);
      } else {
        int count = 0;
        for (int t = 0; t < length; t++) {
          if (mask[b * length + t] == 0) {
            continue;
          }
          count++;
          int base = (b * length + t) * dim;
          for (int d = 0; d < dim; d++) {
            v[d] += hidden.get(base + d);
          }
        }
        for (int d = 0; d < dim; d++) {
          v[d] /= Math.max(count, 1);
        }
      }
      normalise(v);
    }
    return out;
  }

  /** Scales {@code v} to unit L2 norm in place (a zero vector stays zero). */
  static void normalise(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    double norm = Math.sqrt(sum);
    if (norm > 0) {
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) (v[d] / norm);
      }
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        session.close();
      } catch (OrtException e) {
        // nothing useful to do: the process keeps going without the native memory back
      }
      tokenizer.close();
    }
  }
}
