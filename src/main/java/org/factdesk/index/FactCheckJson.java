package org.factdesk.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.factdesk.model.FactCheck;

/** The stored form of a {@link FactCheck} in every back end: its record fields as JSON. */
public final class FactCheckJson {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private FactCheckJson() {}

  /** Serialises a fact-check; dates as ISO-8601. */
  public static String write(FactCheck factCheck) {
    try {
      return JSON.writeValueAsString(factCheck);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise fact-check " + factCheck.id(), e);
    }
  }

  /**
   * @throws IllegalStateException if the stored JSON is not a fact-check (a corrupt index)
   */
  public static FactCheck read(String json) {
    try {
      return JSON.readValue(json, FactCheck.class);
    } catch (IOException e) {
      throw new IllegalStateException("stored fact-check is not valid JSON: " + e.getMessage(), e);
    }
  }
}
