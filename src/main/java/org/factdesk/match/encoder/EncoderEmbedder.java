package org.factdesk.match.encoder;

import java.util.List;
import org.factdesk.index.Embedder;

/** Adapts a {@link SentenceEncoder} to the index's {@link Embedder} interface. */
public record EncoderEmbedder(SentenceEncoder encoder) implements Embedder {
  @Override
  public String id() {
    return encoder.id();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return encoder.encodeBatch(texts);
  }
}
