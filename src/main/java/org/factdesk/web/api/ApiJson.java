package org.factdesk.web.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.stream.Collectors;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.publish.SourceLink;

/**
 * Strict JSON for the API: request bodies are read with no type coercion (a string {@code "0.5"}
 * is not a number, {@code 5.5} is not an integer, {@code null} is not a number), no unknown or
 * duplicate fields and nothing after the object; every failure becomes an {@link ApiException}
 * naming the field ({@code 42} is not a string either). Responses are written with ISO dates.
 */
public final class ApiJson {
  /** The mapper for requests and responses. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  private ApiJson() {}

  /**
   * Reads a request body into {@code type}.
   *
   * @throws ApiException 400 naming the field for anything but a well-typed JSON object
   */
  static <T> T read(byte[] body, Class<T> type) {
    if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      throw ApiException.badRequest("the request body is empty; send a JSON object", null);
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiException.badRequest("the request body must be a JSON object, got null", null);
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.badRequest("unknown field '" + path(e) + "'; known fields: "
          + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")), path(e));
    } catch (MismatchedInputException e) {
      String field = path(e);
      if (field == null) {
        throw ApiException.badRequest("the request body must be a JSON object", null);
      }
      String got = e instanceof InvalidFormatException ife && ife.getValue() != null
          ? ", got " + describe(ife.getValue()) : "";
      throw ApiException.badRequest("'" + field + "' must be " + expected(e.getTargetType()) + got, field);
    } catch (JsonParseException e) {
      throw ApiException.badRequest("the request body is not valid JSON: " + e.getOriginalMessage(), null);
    } catch (JsonMappingException e) {
      throw ApiException.badRequest("the request body does not fit: " + e.getOriginalMessage(), path(e));
    } catch (IOException e) {
      throw ApiException.badRequest("the request body cannot be read: " + e.getMessage(), null);
    }
  }

  /** Serialises a response value. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** The API's view of a published fact-check (snake_case, as in the OpenAPI {@code FactCheck} schema). */
  public static ObjectNode factCheck(PublishedFactCheck fc) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", fc.id());
    n.put("slug", fc.slug());
    n.put("url", fc.url());
    n.put("lang", fc.lang());
    n.put("category", fc.category());
    n.put("title", fc.title());
    n.put("summary", fc.summary());
    n.put("claim_reviewed", fc.claimReviewed());
    fc.claimAppearances().forEach(n.putArray("claim_appearances")::add);
    n.put("claim_first_seen", fc.claimFirstSeen() == null ? null : fc.claimFirstSeen().toString());
    n.put("claim_origin", fc.claimOrigin());
    ObjectNode v = n.putObject("verdict");
    v.put("code", fc.verdict().code());
    v.put("label", fc.verdict().label());
    v.put("rating_value", fc.verdict().ratingValue());
    v.put("worst_rating", fc.verdict().worstRating());
    v.put("best_rating", fc.verdict().bestRating());
    var sources = n.putArray("sources");
    for (SourceLink s : fc.sources()) {
      sources.addObject().put("title", s.title()).put("url", s.url());
    }
    n.put("author_name", fc.authorName());
    n.put("date_published", fc.datePublished().toString());
    n.put("date_modified", fc.dateModified().toString());
    n.put("featured", fc.featured());
    n.put("revision", fc.revision());
    return n;
  }

  /** The JSON path of the failure: {@code sources[0].url}; null at the root. */
  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    if (e instanceof UnrecognizedPropertyException u && sb.isEmpty()) {
      return u.getPropertyName();
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  private static String expected(Class<?> t) {
    if (t == null) {
      return "of another type";
    }
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(t) || t == double.class || t == float.class) {
      return "a number";
    }
    if (t == String.class) {
      return "a string";
    }
    if (t == Boolean.class || t == boolean.class) {
      return "true or false";
    }
    if (t == LocalDate.class) {
      return "a date YYYY-MM-DD";
    }
    if (Temporal.class.isAssignableFrom(t)) {
      return "an ISO-8601 date-time";
    }
    if (Collection.class.isAssignableFrom(t) || t.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String describe(Object value) {
    if (value instanceof String s) {
      return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    return String.valueOf(value);
  }
}
