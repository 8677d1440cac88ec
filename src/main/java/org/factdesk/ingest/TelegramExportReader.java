package org.factdesk.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;

/**
 * Reads posts from a Telegram Desktop channel export ({@code result.json} of "Export chat history"
 * in JSON format: {@code {"name", "type", "id", "messages": [...]}}), streaming the {@code
 * messages} array with Jackson's {@link JsonParser} one message at a time, so exports of any size
 * use constant memory. The file is read in a {@link TextEncoding} (detected by default; Telegram
 * writes UTF-8). A file that does not decode is rejected as a whole ({@code <file>:<line>:
 * <problem>}, as {@link TextLineReader} finds the first bad line); text decoded from anything but
 * UTF-8 is put in NFC.
 *
 * <p>Mapping: {@code id} = {@code <channel id>/<message id>}; {@code text} = the {@code text}
 * string, or its parts (strings and the {@code text} of entity objects such as links or bold)
 * concatenated; {@code publishedAt} = {@code date_unixtime}, else {@code date} read in
 * Asia/Ho_Chi_Minh (Telegram Desktop writes local time); {@code source} = channel {@code name};
 * {@code authorKey} = pseudonymised {@code from_id} (never kept raw, and redacted with {@code from},
 * {@code actor}, {@code actor_id} and {@code forwarded_from} in the quarantine); {@code likes} = sum
 * of {@code reactions[].count}.
 *
 * <p>Skipped, counted neither accepted nor rejected: service messages ({@code type} other than
 * {@code message}) and messages with empty text (e.g. a photo without caption): they are not errors.
 * Rejected: {@code missing id}, {@code expected a JSON object}. The channel {@code id} must come
 * before {@code messages}, as Telegram Desktop writes it.
 */
public final class TelegramExportReader implements RecordReader<Post> {
  /** Time zone for {@code date} when {@code date_unixtime} is absent. */
  static final ZoneId LOCAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Keys whose values identify a person and are redacted from quarantined messages. */
  static final List<String> PERSONAL_KEYS = List.of("from", "from_id", "actor", "actor_id", "forwarded_from");

  /** Reads one message tree at a time (no trailing-token check: more messages follow). */
  private static final ObjectMapper STREAMING = new ObjectMapper();

  private final AuthorPseudonymiser pseudonymiser;
  private final TextEncoding encoding;

  /** Encoding detected. */
  public TelegramExportReader(AuthorPseudonymiser pseudonymiser) {
    this(pseudonymiser, TextEncoding.AUTO);
  }

  public TelegramExportReader(AuthorPseudonymiser pseudonymiser, TextEncoding encoding) {
    this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  /**
   * @throws InvalidInputException if the file is not a JSON object, is broken JSON (posts before
   *     the break have been passed on), does not decode (UTF-8: as broken JSON; other encodings:
   *     before any post is passed on), or has {@code messages} before the channel {@code id}
   */
  @Override
  public ReadStats read(Path file, Consumer<? super Post> sink, Quarantine quarantine) throws IOException {
    String name = file.toString();
    ReadStats.Counter counter = new ReadStats.Counter();
    LineCodec codec = encoding.codec(file);
    if (!codec.isUtf8()) {
      TextLineReader.Problem bad = TextLineReader.firstProblem(file, encoding);
      if (bad != null) {
        throw new InvalidInputException(name + ":" + bad.line() + ": " + bad.reason());
      }
    }
    try (JsonParser p = open(file, codec, true)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(name + ": not a Telegram export (expected a JSON object)");
      }
      String channelName = null;
      String channelId = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("messages") && value == JsonToken.START_ARRAY) {
          if (channelId == null) {
            throw new InvalidInputException(name + ": the channel id must come before messages");
          }
          readMessages(p, name, channelId, channelName, codec, sink, quarantine, counter);
        } else if (field.equals("name") && value.isScalarValue()) {
          channelName = blankToNull(p.getValueAsString());
          channelName = channelName == null ? null : codec.normalize(channelName);
        } else if (field.equals("id") && value.isScalarValue()) {
          channelId = blankToNull(p.getValueAsString());
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String reason = Json.invalidReason(e);
      TextLineReader.Problem bad = codec.isUtf8() ? TextLineReader.firstProblem(file, encoding) : null;
      if (bad != null && bad.line() <= line) {
        line = bad.line();
        reason = bad.reason();
      }
      throw new InvalidInputException(name + ":" + line + ": " + reason);
    }
    return counter.snapshot();
  }

  /**
   * A parser over {@code file}: strict UTF-8 as bytes (Jackson checks them and skips a BOM), else
   * through a decoder, strict or (to only look at the structure) replacing.
   */
  private static JsonParser open(Path file, LineCodec codec, boolean strict) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (strict && codec.isUtf8()) {
        return STREAMING.createParser(in);
      }
      in.skipNBytes(codec.bomLength());
      return STREAMING.createParser(strict ? new InputStreamReader(in, codec.decoder()) : new InputStreamReader(in, codec.charset()));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private void readMessages(JsonParser p, String name, String channelId, String channelName, LineCodec codec,
      Consumer<? super Post> sink, Quarantine quarantine, ReadStats.Counter counter) throws IOException {
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      long line = p.currentTokenLocation().getLineNr();
      JsonNode m = p.readValueAsTree();
      String field = "/messages/" + i;
      if (m == null || !m.isObject()) {
        quarantine.reject(new Rejection(name, line, field, "expected a JSON object", String.valueOf(m)));
        counter.rejected();
        continue;
      }
      if (!"message".equals(Json.text(m, "type"))) {
        continue;
      }
      String id = Json.text(m, "id");
      if (id == null) {
        quarantine.reject(new Rejection(name, line, field + "/id", "missing id", AuthorRedaction.json(m.toString(), PERSONAL_KEYS)));
        counter.rejected();
        continue;
      }
      String text = codec.normalize(text(m.get("text")));
      if (text.isEmpty()) {
        continue;
      }
      Instant published = published(m);
      if (published == null && (m.has("date") || m.has("date_unixtime"))) {
        quarantine.warn(name, line, "unparseable date: \"" + Json.text(m, "date") + "\"");
        counter.warned();
      }
      sink.accept(new Post(channelId + "/" + id, channelName, null, published, text, null,
          pseudonymiser.pseudonymise(Json.text(m, "from_id")), new Engagement(reactions(m), 0, 0)));
      counter.accepted();
    }
  }

  /** The text of a {@code text} value: a string, or an array of strings and {@code {"text": ...}} entities. */
  static String text(JsonNode value) {
    if (value == null) {
      return "";
    }
    if (value.isTextual()) {
      return value.asText().strip();
    }
    StringBuilder sb = new StringBuilder();
    if (value.isArray()) {
      for (JsonNode part : value) {
        if (part.isTextual()) {
          sb.append(part.asText());
        } else if (part.isObject() && part.path("text").isTextual()) {
          sb.append(part.get("text").asText());
        }
      }
    }
    return sb.toString().strip();
  }

  private static Instant published(JsonNode m) {
    String unix = Json.text(m, "date_unixtime");
    if (unix != null && unix.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(unix));
    }
    String date = Json.text(m, "date");
    if (date == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(date).atZone(LOCAL_ZONE).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static long reactions(JsonNode m) {
    long sum = 0;
    for (JsonNode r : m.path("reactions")) {
      long n = r.path("count").asLong(0);
      sum += Math.max(0, n);
    }
    return sum;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Whether {@code file} is a JSON object with a top-level {@code messages} array; parses lazily
   * and stops at that key, skipping the values before it.
   */
  static boolean recognises(Path file) throws IOException {
    return recognises(file, TextEncoding.AUTO);
  }

  /** {@link #recognises(Path)} for a file in {@code encoding}. */
  static boolean recognises(Path file, TextEncoding encoding) throws IOException {
    try (JsonParser p = open(file, encoding.codec(file), false)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("messages")) {
          return value == JsonToken.START_ARRAY;
        }
        p.skipChildren();
      }
      return false;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
