package org.factdesk.match.encoder;

import java.util.List;

/**
 * Maps a text to a fixed-size dense vector such that paraphrases lie close together (a bi-encoder,
 * Reimers &amp; Gurevych 2019, "Sentence-BERT", EMNLP).
 *
 * <p>Vectors are L2-normalised, so the dot product of two vectors is their cosine similarity.
 * Implementations are thread-safe; {@link #close()} frees native memory and must not race with
 * calls in flight. Texts longer than the model's token limit are truncated, not rejected.
 */
public interface SentenceEncoder extends AutoCloseable {

  /**
   * Identifies what produced a vector: model, pooling, token limit and normalisation, e.g. {@code
   * all-MiniLM-L6-v2@langchain4j-1.19.0-beta29;pool=mean;max=256;l2}. Cached vectors stored under
   * another id must be recomputed.
   */
  String id();

  /** Length of every vector returned, e.g. 384 for all-MiniLM-L6-v2. */
  int dimension();

  /**
   * @param text any text, possibly empty (encodes to the vector of the bare special tokens)
   * @return a new unit-length vector of {@link #dimension()} floats
   */
  float[] encode(String text);

  /**
   * Encodes many texts in padded mini-batches; same vectors as {@link #encode} up to float rounding
   * (cosine &gt; 0.9999).
   *
   * @return one vector per text, in input order
   */
  List<float[]> encodeBatch(List<String> texts);

  /** Frees the ONNX session and tokenizer; later calls throw {@link IllegalStateException}. */
  @Override
  void close();
}
