package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPostsTest {
  @TempDir Path tmp;

  @Test
  void theDateComesFromTheEmbeddedTweetSignatureOnly() {
    assertThat(DemoPosts.signatureDate("Cheesecake factory is closing for good. — Jane (@jane) October 30, 2020"))
        .isEqualTo(LocalDate.of(2020, 10, 30));
    assertThat(DemoPosts.signatureDate("\"Quoted \"\"text\"\" — Jane (@jane) January 2, 2021\""))
        .isEqualTo(LocalDate.of(2021, 1, 2));
    assertThat(DemoPosts.signatureDate("On January 2, 2021 something happened, they say")).isNull();
    assertThat(DemoPosts.signatureDate("No date at all")).isNull();
  }

  @Test
  void rewritesTheTsvAsJsonlWithDates() throws Exception {
    Path tsv = tmp.resolve("posts.tsv");
    Files.writeString(tsv, "iclaim_id\ticlaim\nt1\tClosing for good. — Jane (@jane) October 30, 2020\nt2\tNo date\n",
        StandardCharsets.UTF_8);
    Path jsonl = tmp.resolve("posts.jsonl");
    assertThat(DemoPosts.withDates(tsv, jsonl)).containsExactly(2, 1);
    assertThat(Files.readAllLines(jsonl)).containsExactly(
        "{\"id\":\"t1\",\"text\":\"Closing for good. — Jane (@jane) October 30, 2020\",\"published_at\":\"2020-10-30\"}",
        "{\"id\":\"t2\",\"text\":\"No date\"}");
  }
}
