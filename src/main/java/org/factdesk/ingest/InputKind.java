package org.factdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether an input holds posts (content to check) or fact-checks (ClaimReview and CheckThat!
 * verified claims), told from the file as {@link Formats} reads it.
 *
 * <p>{@code .json}/{@code .jsonld}: a Telegram Desktop export is posts, anything else ClaimReview;
 * {@code .html}/{@code .htm}: a page with {@code ClaimReview} markup is a fact-check, else a news
 * article (a post); {@code .tsv}/{@code .jsonl}: CheckThat! verified claims ({@code vclaim} column,
 * {@code vclaim_id} key) are fact-checks, else posts; everything else is posts.
 */
public enum InputKind {
  POSTS,
  FACT_CHECKS;

  /**
   * Tells the kind of {@code file}.
   *
   * @throws java.nio.file.NoSuchFileException if it does not exist
   */
  public static InputKind of(Path file) throws IOException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    switch (ext) {
      case "json", "jsonld":
        return TelegramExportReader.recognises(file) ? POSTS : FACT_CHECKS;
      case "html", "htm":
        return head(file, 1 << 20).contains("ClaimReview") ? FACT_CHECKS : POSTS;
      case "tsv", "jsonl":
        try {
          Formats.factCheckReader(file);
          return FACT_CHECKS;
        } catch (InvalidInputException e) {
          return POSTS;
        }
      default:
        if (!Files.exists(file)) {
          throw new java.nio.file.NoSuchFileException(file.toString());
        }
        return POSTS;
    }
  }

  private static String head(Path file, int max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(max), StandardCharsets.ISO_8859_1);
    }
  }
}
