package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckThat2022CollectionReaderTest {
  @TempDir Path dir;
  private final CheckThat2022CollectionReader reader = new CheckThat2022CollectionReader();

  private static final String GOOD_A =
      "{\"vclaim_id\": \"vclaim-sno-a\", \"vclaim\": \"Claim A.\", \"title\": \"Title A\", \"subtitle\": \"Sub A\","
          + " \"page_url\": \"https://www.snopes.com/fact-check/a/\", \"author\": \"Arturo Garcia\", \"date\": \"30 January 2019\"}";
  private static final String GOOD_B =
      "{\"vclaim_id\": \"vclaim-sno-b\", \"vclaim\": \"Claim B.\", \"title\": \"Title B\", \"subtitle\": \"\","
          + " \"author\": \"\", \"date\": \"Not surprisingly, when\"}";

  private static final FactCheck A =
      new FactCheck("vclaim-sno-a", "Claim A.", null, "https://www.snopes.com/fact-check/a/", LocalDate.of(2019, 1, 30),
          new Organization("Arturo Garcia", null), ItemReviewed.UNKNOWN, null, "Title A", "Sub A");
  private static final FactCheck B =
      new FactCheck("vclaim-sno-b", "Claim B.", null, null, null, null, ItemReviewed.UNKNOWN, null, "Title B", null);

  @Test
  void readsJsonlQuarantiningBadLinesAndWarningOnBadDates() throws Exception {
    Path file =
        Fixtures.writeBytes(
            dir,
            "vclaims.jsonl",
            GOOD_A + "\n",
            "{\"vclaim_id\": \"vclaim-sno-x\", \"vclaim\": \n",
            "{\"vclaim\": \"no id\"}\n",
            "{\"vclaim_id\": \"vclaim-sno-y\", \"vclaim\": \"",
            Fixtures.BAD_UTF8,
            "\"}\n",
            "[1, 2]\n",
            GOOD_B + "\n");
    var result = Fixtures.read(reader, file);

    assertThat(result.records()).containsExactly(A, B);
    String f = file.toString();
    assertThat(result.quarantine().rejections())
        .extracting(Rejection::line, Rejection::field, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, null, "invalid JSON: Unexpected end-of-input within/between Object entries"),
            org.assertj.core.groups.Tuple.tuple(3L, "vclaim_id", "missing id"),
            org.assertj.core.groups.Tuple.tuple(4L, null, "invalid UTF-8"),
            org.assertj.core.groups.Tuple.tuple(5L, null, "expected a JSON object"));
    assertThat(result.quarantine().rejections()).allMatch(r -> r.file().equals(f));
    assertThat(result.quarantine().rejections().get(2).raw())
        .isEqualTo("{\"vclaim_id\": \"vclaim-sno-y\", \"vclaim\": \"\\x80x\\xC3\"}");
    assertThat(result.quarantine().warnings()).containsExactly(f + ":6: unparseable date: \"Not surprisingly, when\"");
    assertThat(result.stats()).isEqualTo(new ReadStats(6, 2, 4, 1));
  }

  @Test
  void readsADirectoryOfJsonFilesInNameOrder() throws Exception {
    Path vclaims = Files.createDirectory(dir.resolve("vclaims"));
    Fixtures.write(vclaims, "vclaim-sno-b.json", GOOD_B);
    Fixtures.write(vclaims, "vclaim-sno-a.json", GOOD_A);
    Fixtures.write(vclaims, "vclaim-sno-c.json", "{\"vclaim_id\": \"vclaim-sno-c\", \"vclaim\": \"\"}");
    Fixtures.write(vclaims, "notes.txt", "ignored");
    var result = Fixtures.read(reader, vclaims);

    assertThat(result.records()).containsExactly(A, B);
    assertThat(result.quarantine().rejections())
        .containsExactly(
            new Rejection(vclaims.resolve("vclaim-sno-c.json").toString(), 0, "vclaim", "missing vclaim",
                "{\"vclaim_id\": \"vclaim-sno-c\", \"vclaim\": \"\"}"));
    assertThat(result.stats()).isEqualTo(new ReadStats(3, 2, 1, 1));
  }

  @Test
  void readsTheWholeClef2022Collection() throws Exception {
    var result = Fixtures.read(reader, Fixtures.sharedData("clef2022-task2a-en-tweets", "vclaims.jsonl"));
    // two records carry article text in "date" instead of a date: kept, with a warning each
    assertThat(result.stats()).isEqualTo(new ReadStats(14_231, 14_231, 0, 2));
    assertThat(result.records().stream().filter(fc -> fc.url() != null)).hasSize(2266);
    assertThat(result.records().stream().filter(fc -> fc.datePublished() != null)).hasSize(14_231 - 287 - 2);
  }
}
