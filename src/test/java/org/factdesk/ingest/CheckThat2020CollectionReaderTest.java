package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factdesk.model.FactCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckThat2020CollectionReaderTest {
  @TempDir Path dir;
  private final CheckThat2020CollectionReader reader = new CheckThat2020CollectionReader();

  @Test
  void readsQuotedMultiLineFieldsAndQuarantinesBadRows() throws Exception {
    Path file =
        Fixtures.writeBytes(
            dir,
            "vc.tsv",
            Fixtures.BOM,
            "\tvclaim\ttitle\n",
            "0\tClaim zero.\tTitle zero\n",
            "1\tonly two columns\n",
            "2\t\"A \"\"quoted\"\"\nclaim\"\tTitle two\n",
            "3\tbad ",
            Fixtures.BAD_UTF8,
            " bytes\tTitle three\n",
            "\n",
            "\tno id\tTitle\n",
            "5\tClaim five.\t\n");
    var result = Fixtures.read(reader, file);

    assertThat(result.records())
        .containsExactly(
            FactCheck.ofClaim("0", "Claim zero.", "Title zero", null),
            FactCheck.ofClaim("2", "A \"quoted\"\nclaim", "Title two", null),
            FactCheck.ofClaim("5", "Claim five.", null, null));
    assertThat(result.quarantine().rejections())
        .containsExactly(
            new Rejection(file.toString(), 3, null, "expected 3 tab-separated columns, got 2", "1\tonly two columns"),
            new Rejection(file.toString(), 6, null, "invalid UTF-8", "3\tbad \\x80x\\xC3 bytes\tTitle three"),
            new Rejection(file.toString(), 8, null, "missing id", "\tno id\tTitle"));
    assertThat(result.stats()).isEqualTo(new ReadStats(6, 3, 3, 0));
  }

  @Test
  void readsTheWholeClef2020Collection() throws Exception {
    Path file = Fixtures.sharedData("clef2020-task2-en-tweets", "verified_claims.docs.tsv");
    var result = Fixtures.read(reader, file);
    assertThat(result.stats()).isEqualTo(new ReadStats(10_375, 10_375, 0, 0));
    assertThat(result.records().get(0).id()).isEqualTo("0");
    assertThat(result.records().get(2).claimReviewed())
        .isEqualTo("A \"Trump and Obama by the Numbers\" meme recounts accurate statistics about their job performances.");
  }
}
