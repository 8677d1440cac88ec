package org.factdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Organization;

/**
 * Reads the CLEF-2022 CheckThat! Task 2A verified-claims collection: either {@code vclaims.jsonl}
 * (one JSON object per line) or the official directory of per-claim {@code *.json} files (one object
 * per file, read in sorted file-name order).
 *
 * <p>Fields: {@code vclaim_id}→id, {@code vclaim}→claimReviewed, {@code title}, {@code subtitle},
 * {@code page_url}→url, {@code author} (the Snopes article author)→author {@code
 * Organization(name, null)}, {@code date} (e.g. {@code 30 January 2019}, read leniently)→datePublished.
 * An unreadable date becomes null with a warning ({@code unparseable date: "..."}); the record is
 * kept. Rejected: {@code invalid JSON: ...}, {@code expected a JSON object}, {@code missing id},
 * {@code missing vclaim}, {@code invalid UTF-8}. In a directory, rejections name the {@code .json}
 * file with line 0.
 */
public final class CheckThat2022CollectionReader implements RecordReader<FactCheck> {

  @Override
  public ReadStats read(Path file, Consumer<? super FactCheck> sink, Quarantine quarantine) throws IOException {
    ReadStats.Counter counter = new ReadStats.Counter();
    if (Files.isDirectory(file)) {
      for (Path json : jsonFiles(file)) {
        byte[] bytes = Files.readAllBytes(json);
        int bom = Utf8.bomLength(bytes, 0, bytes.length);
        String text;
        try {
          text = Utf8.decode(bytes, bom, bytes.length - bom);
        } catch (CharacterCodingException e) {
          String raw = Utf8.escapeInvalid(bytes, bom, bytes.length - bom);
          quarantine.reject(new Rejection(json.toString(), 0, null, "invalid UTF-8", raw));
          counter.rejected();
          continue;
        }
        readRecord(json.toString(), 0, text, sink, quarantine, counter);
      }
      return counter.snapshot();
    }
    try (TextLineReader lines = TextLineReader.open(file, TextEncoding.UTF_8)) {
      for (TextLineReader.Line line; (line = lines.next()) != null; ) {
        if (line.display().isBlank()) {
          continue;
        }
        if (!line.valid()) {
          quarantine.reject(new Rejection(file.toString(), line.number(), null, line.problem(), line.display()));
          counter.rejected();
          continue;
        }
        readRecord(file.toString(), line.number(), line.text(), sink, quarantine, counter);
      }
    }
    return counter.snapshot();
  }

  /** The {@code *.json} files of a directory, sorted by file name. */
  static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  private static void readRecord(
      String file,
      long line,
      String text,
      Consumer<? super FactCheck> sink,
      Quarantine quarantine,
      ReadStats.Counter counter) {
    JsonNode node;
    try {
      node = Json.parse(text);
    } catch (JsonProcessingException e) {
      quarantine.reject(new Rejection(file, line, null, Json.invalidReason(e), text));
      counter.rejected();
      return;
    }
    String id = Json.text(node, "vclaim_id");
    String vclaim = Json.text(node, "vclaim");
    String reason = !node.isObject() ? "expected a JSON object" : id == null ? "missing id" : vclaim == null ? "missing vclaim" : null;
    if (reason != null) {
      String field = id == null && node.isObject() ? "vclaim_id" : vclaim == null && node.isObject() ? "vclaim" : null;
      quarantine.reject(new Rejection(file, line, field, reason, text));
      counter.rejected();
      return;
    }
    String date = Json.text(node, "date");
    LocalDate published = Dates.parseDate(date);
    if (date != null && published == null) {
      quarantine.warn(file, line, "unparseable date: \"" + abbreviate(date) + "\"");
      counter.warned();
    }
    String author = Json.text(node, "author");
    sink.accept(
        new FactCheck(
            id,
            vclaim,
            null,
            Json.text(node, "page_url"),
            published,
            author == null ? null : new Organization(author, null),
            ItemReviewed.UNKNOWN,
            null,
            Json.text(node, "title"),
            Json.text(node, "subtitle")));
    counter.accepted();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
