package org.factdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Shared JSON parsing for the readers: strict (no trailing tokens) and short error messages. */
final class Json {
  private Json() {}

  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** Parses one JSON document; throws with a location-free message. */
  static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** {@code invalid JSON: <parser message without location>}, first line only, at most 200 chars. */
  static String invalidReason(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    m = nl >= 0 ? m.substring(0, nl) : m;
    return "invalid JSON: " + (m.length() > 200 ? m.substring(0, 200) : m);
  }

  /** The stripped text of a string or number field, or null when absent, null, blank or not a scalar. */
  static String text(JsonNode node, String field) {
    return node == null ? null : scalar(node.get(field));
  }

  /** The stripped text of a string or number node, or null when absent, null, blank or not a scalar. */
  static String scalar(JsonNode value) {
    if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
      return null;
    }
    String s = value.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
