package org.factdesk.match.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pooling and token limit of a sentence-transformers export, read from its optional JSON files.
 *
 * <p>Token limit: {@code sentence_bert_config.json} {@code max_seq_length}; else {@code
 * config.json} {@code max_position_embeddings} capped at {@value #DEFAULT_MAX_TOKENS}; else
 * {@value #DEFAULT_MAX_TOKENS}. Pooling: the {@code Pooling} module listed in {@code modules.json}
 * (else {@code 1_Pooling/}), CLS if its {@code config.json} sets {@code pooling_mode_cls_token} and
 * not {@code pooling_mode_mean_tokens}; MEAN otherwise.
 *
 * @param pooling how token vectors are pooled
 * @param maxTokens truncation length in tokens, special tokens included
 */
record ModelDirConfig(Pooling pooling, int maxTokens) {
  static final int DEFAULT_MAX_TOKENS = 512;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** @throws ModelLoadException if a present config file is not valid JSON */
  static ModelDirConfig read(Path dir) {
    return new ModelDirConfig(pooling(dir), maxTokens(dir));
  }

  private static int maxTokens(Path dir) {
    JsonNode sbert = json(dir, "sentence_bert_config.json");
    if (sbert != null && sbert.path("max_seq_length").canConvertToInt() && sbert.path("max_seq_length").asInt() > 0) {
      return sbert.get("max_seq_length").asInt();
    }
    JsonNode config = json(dir, "config.json");
    if (config != null && config.path("max_position_embeddings").asInt() > 0) {
      return Math.min(DEFAULT_MAX_TOKENS, config.get("max_position_embeddings").asInt());
    }
    return DEFAULT_MAX_TOKENS;
  }

  private static Pooling pooling(Path dir) {
    String poolingDir = "1_Pooling";
    JsonNode modules = json(dir, "modules.json");
    if (modules != null) {
      for (JsonNode m : modules) {
        if (m.path("type").asText().endsWith(".Pooling") && !m.path("path").asText().isEmpty()) {
          poolingDir = m.get("path").asText();
        }
      }
    }
    JsonNode pooling = json(dir, poolingDir + "/config.json");
    if (pooling != null && pooling.path("pooling_mode_cls_token").asBoolean(false)
        && !pooling.path("pooling_mode_mean_tokens").asBoolean(false)) {
      return Pooling.CLS;
    }
    return Pooling.MEAN;
  }

  private static JsonNode json(Path dir, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new ModelLoadException(dir, name + " is not valid JSON (" + OnnxLoading.shortReason(e) + ")", e);
    }
  }
}
