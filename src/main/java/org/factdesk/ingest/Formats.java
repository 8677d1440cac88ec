package org.factdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;

/**
 * Picks the reader for a path by its extension and, where that is ambiguous, its first line.
 *
 * <p>Fact-checks: {@code .tsv} whose header has a {@code vclaim} column → {@link
 * CheckThat2020CollectionReader}; {@code .jsonl} whose first record has {@code vclaim_id}, or a
 * directory of {@code .json} files whose first has {@code vclaim_id} → {@link
 * CheckThat2022CollectionReader}; {@code .json}, {@code .jsonld}, {@code .html}, {@code .htm} →
 * {@link ClaimReviewReader}. Posts: {@code .tsv} → {@link CheckThatQueriesReader}; {@code .jsonl},
 * {@code .ndjson} → {@link JsonlPostReader}; {@code .csv} whose header has {@code Page Name}, {@code
 * Post Created} and {@code Message} → {@link CrowdTangleCsvReader}, other {@code .csv} → {@link
 * CsvPostReader}; {@code .json} with a top-level {@code messages} array → {@link
 * TelegramExportReader}; {@code .rss}, {@code .atom}, {@code .xml} → {@link FeedReader}; {@code
 * .html}, {@code .htm} → {@link HtmlArticleReader} (one article page per file).
 *
 * <p>Errors: a missing path → {@link NoSuchFileException}; anything else → {@link
 * InvalidInputException} ({@code <file>: cannot tell the format ...}).
 */
public final class Formats {
  private Formats() {}

  /**
   * The reader for a fact-check file or directory.
   *
   * @throws NoSuchFileException if {@code path} does not exist
   * @throws InvalidInputException if the format is not recognised
   */
  public static RecordReader<FactCheck> factCheckReader(Path path) throws IOException {
    requireExists(path);
    String ext = extension(path);
    if (Files.isDirectory(path)) {
      List<Path> json = CheckThat2022CollectionReader.jsonFiles(path);
      if (!json.isEmpty() && hasVclaimId(wholeFile(json.get(0)))) {
        return new CheckThat2022CollectionReader();
      }
      throw cannotTell(path, "a directory is read only as CheckThat! 2022 vclaims (*.json files with vclaim_id)");
    }
    switch (ext) {
      case "tsv":
        if (List.of(firstLine(path).split("\t", -1)).stream().anyMatch(c -> c.strip().equals("vclaim"))) {
          return new CheckThat2020CollectionReader();
        }
        throw cannotTell(path, ".tsv fact-checks need a header with a vclaim column");
      case "jsonl":
        if (hasVclaimId(firstLine(path))) {
          return new CheckThat2022CollectionReader();
        }
        throw cannotTell(path, ".jsonl fact-checks need vclaim_id in the first record");
      case "json":
      case "jsonld":
      case "html":
      case "htm":
        return new ClaimReviewReader();
      default:
        throw cannotTell(path, "expected .tsv, .jsonl, .json, .jsonld, .html, .htm or a directory");
    }
  }

  /**
   * The reader for a post file, its encoding detected ({@link TextEncoding#AUTO}).
   *
   * @param pseudonymiser used for author columns of generic exports
   * @throws NoSuchFileException if {@code path} does not exist
   * @throws InvalidInputException if the format is not recognised
   */
  public static RecordReader<Post> postReader(Path path, AuthorPseudonymiser pseudonymiser) throws IOException {
    return postReader(path, pseudonymiser, TextEncoding.AUTO);
  }

  /**
   * The reader for a post file in {@code encoding}, which the line, CSV/TSV and Telegram readers use;
   * feeds and HTML pages follow their own declarations (XML encoding, meta charset) instead.
   *
   * @param pseudonymiser used for author columns of generic exports
   * @throws NoSuchFileException if {@code path} does not exist
   * @throws InvalidInputException if the format is not recognised
   */
  public static RecordReader<Post> postReader(Path path, AuthorPseudonymiser pseudonymiser, TextEncoding encoding)
      throws IOException {
    return postReader(path, pseudonymiser, encoding, ColumnMapping.DEFAULTS);
  }

  /**
   * As {@link #postReader(Path, AuthorPseudonymiser, TextEncoding)}, with a column mapping for
   * generic {@code .jsonl}/{@code .ndjson}/{@code .csv} exports (ignored by the other formats).
   */
  public static RecordReader<Post> postReader(Path path, AuthorPseudonymiser pseudonymiser, TextEncoding encoding,
      ColumnMapping mapping) throws IOException {
    requireExists(path);
    if (Files.isDirectory(path)) {
      throw cannotTell(path, "expected a file, got a directory");
    }
    switch (extension(path)) {
      case "tsv":
        return new CheckThatQueriesReader(encoding);
      case "jsonl":
      case "ndjson":
        return new JsonlPostReader(mapping, pseudonymiser, encoding);
      case "csv":
        return CrowdTangleCsvReader.recognises(csvHeader(path, encoding))
            ? new CrowdTangleCsvReader(pseudonymiser, encoding)
            : new CsvPostReader(mapping, pseudonymiser, encoding);
      case "json":
        if (TelegramExportReader.recognises(path, encoding)) {
          return new TelegramExportReader(pseudonymiser, encoding);
        }
        throw cannotTell(path, ".json posts must be a Telegram Desktop export (an object with a messages array)");
      case "rss":
      case "atom":
      case "xml":
        return new FeedReader();
      case "html":
      case "htm":
        return new HtmlArticleReader();
      default:
        throw cannotTell(path, "expected .tsv, .jsonl, .ndjson, .csv, .json (Telegram export), .rss, .atom, .xml, .html or .htm");
    }
  }

  /** Reads every fact-check file in order, summing the counts. */
  public static ReadStats readFactChecks(List<Path> paths, Consumer<? super FactCheck> sink, Quarantine quarantine)
      throws IOException {
    ReadStats total = ReadStats.EMPTY;
    for (Path p : paths) {
      total = total.plus(factCheckReader(p).read(p, sink, quarantine));
    }
    return total;
  }

  /** Reads every post file in order, summing the counts. */
  public static ReadStats readPosts(
      List<Path> paths, AuthorPseudonymiser pseudonymiser, Consumer<? super Post> sink, Quarantine quarantine)
      throws IOException {
    ReadStats total = ReadStats.EMPTY;
    for (Path p : paths) {
      total = total.plus(postReader(p, pseudonymiser).read(p, sink, quarantine));
    }
    return total;
  }

  private static void requireExists(Path path) throws NoSuchFileException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
  }

  private static String extension(Path path) {
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** A small JSON file as text ("" if not UTF-8). */
  private static String wholeFile(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    int bom = Utf8.bomLength(b, 0, b.length);
    try {
      return Utf8.decode(b, bom, b.length - bom);
    } catch (java.nio.charset.CharacterCodingException e) {
      return "";
    }
  }

  /** First non-blank line (BOM skipped), or "" if none or not UTF-8. */
  private static String firstLine(Path file) throws IOException {
    try (TextLineReader lines = TextLineReader.open(file, TextEncoding.UTF_8)) {
      for (TextLineReader.Line l; (l = lines.next()) != null; ) {
        if (!l.display().isBlank()) {
          return l.valid() ? l.text() : "";
        }
      }
    }
    return "";
  }

  /** The header fields of a CSV file, or an empty list if it has none or it does not decode. */
  private static List<String> csvHeader(Path file, TextEncoding encoding) throws IOException {
    try (CsvSource source = new CsvSource(file, CsvSource.CSV, encoding)) {
      CsvSource.Row header = source.next();
      return header == null || header.problem() != null ? List.of() : header.record().toList();
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      return List.of(); // unparseable: the generic reader reports it
    }
  }

  private static boolean hasVclaimId(String jsonLine) {
    try {
      return Json.parse(jsonLine).has("vclaim_id");
    } catch (JsonProcessingException e) {
      // a whole pretty-printed object: look for the key textually
      return jsonLine.contains("\"vclaim_id\"");
    }
  }

  private static InvalidInputException cannotTell(Path path, String hint) {
    return new InvalidInputException(path + ": cannot tell the format (" + hint + ")");
  }
}
