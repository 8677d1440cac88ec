package org.factdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.factdesk.model.Post;

/**
 * Reads posts from JSON Lines ({@code .jsonl}/{@code .ndjson}: one JSON object per line, in a {@link
 * TextEncoding}, detected by default),
 * mapping fields by name with a {@link ColumnMapping} (resolved per record, case-insensitive). The
 * author field is pseudonymised into {@code authorKey}; the raw handle is never kept.
 *
 * <p>A record without any id field gets the stable id {@code <file name>:<line>}. Rejected lines:
 * {@code invalid JSON: ...}, {@code expected a JSON object}, {@code missing id} (id field present
 * but null/blank), {@code missing text}, and a line that does not decode ({@code invalid UTF-8},
 * {@code undecodable bytes for windows-1258}, ...: see {@link LineCodec}). Blank lines are skipped.
 */
public final class JsonlPostReader implements RecordReader<Post> {
  private final PostFields fields;
  private final TextEncoding encoding;

  /** Default field names, encoding detected. */
  public JsonlPostReader(AuthorPseudonymiser pseudonymiser) {
    this(ColumnMapping.DEFAULTS, pseudonymiser);
  }

  /** Encoding detected. */
  public JsonlPostReader(ColumnMapping mapping, AuthorPseudonymiser pseudonymiser) {
    this(mapping, pseudonymiser, TextEncoding.AUTO);
  }

  public JsonlPostReader(ColumnMapping mapping, AuthorPseudonymiser pseudonymiser, TextEncoding encoding) {
    this.fields = new PostFields(mapping, pseudonymiser);
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  @Override
  public ReadStats read(Path file, Consumer<? super Post> sink, Quarantine quarantine) throws IOException {
    String name = file.toString();
    String fileName = String.valueOf(file.getFileName());
    ReadStats.Counter counter = new ReadStats.Counter();
    try (TextLineReader lines = TextLineReader.open(file, encoding)) {
      for (TextLineReader.Line line; (line = lines.next()) != null; ) {
        if (line.display().isBlank()) {
          continue;
        }
        String reason = null;
        String field = null;
        PostFields.Outcome out = null;
        List<String> warnings = new ArrayList<>();
        if (!line.valid()) {
          reason = line.problem();
        } else {
          try {
            JsonNode node = Json.parse(line.text());
            if (!node.isObject()) {
              reason = "expected a JSON object";
            } else {
              List<String> names = new ArrayList<>();
              node.fieldNames().forEachRemaining(names::add);
              Map<String, String> columns = fields.resolve(names);
              out = fields.build(columns, f -> Json.text(node, f), fileName + ":" + line.number(), warnings::add);
              reason = out.rejectReason();
              field = out.rejectField();
            }
          } catch (JsonProcessingException e) {
            reason = Json.invalidReason(e);
          }
        }
        if (reason != null) {
          quarantine.reject(new Rejection(name, line.number(), field, reason,
              AuthorRedaction.json(line.display(), fields.candidates("author"))));
          counter.rejected();
          continue;
        }
        for (String w : warnings) {
          quarantine.warn(name, line.number(), w);
        }
        if (!warnings.isEmpty()) {
          counter.warned();
        }
        sink.accept(out.post());
        counter.accepted();
      }
    }
    return counter.snapshot();
  }
}
