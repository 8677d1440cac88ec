package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckThatQueriesReaderTest {
  @TempDir Path dir;
  private final CheckThatQueriesReader reader = new CheckThatQueriesReader();

  @Test
  void clef2020HeaderMeansStandardQuoting() throws Exception {
    Path file =
        Fixtures.write(
            dir,
            "tweets.queries.tsv",
            "\ttweet_content\n"
                + "999\tplain tweet\n"
                + "1000\n"
                + "1029\t\"He said \"\"Ask Prince\"\".\"\n"
                + "1030\t\n"
                + "1031\tlast\n");
    var result = Fixtures.read(reader, file);

    assertThat(result.records())
        .containsExactly(Post.of("999", "plain tweet"), Post.of("1029", "He said \"Ask Prince\"."), Post.of("1031", "last"));
    assertThat(result.quarantine().rejections())
        .containsExactly(
            new Rejection(file.toString(), 3, null, "expected 2 tab-separated columns, got 1", "1000"),
            new Rejection(file.toString(), 5, null, "missing text", "1030\t"));
    assertThat(result.stats()).isEqualTo(new ReadStats(5, 3, 2, 0));
  }

  @Test
  void clef2022FilesAreReadWithoutQuoteProcessing() throws Exception {
    Path file =
        Fixtures.writeBytes(
            dir,
            "queries.tsv",
            "iclaim_id\ticlaim\n",
            "tweet-sno-1201\t\"Sen. McConnell: \"\"As recently as October\"\" said\n",
            "tweet-sno-1202\t\". @JoeBiden in October: “I have this\ttab\n",
            "no-tab-here\n",
            "tweet-sno-1203\tbad ",
            Fixtures.BAD_UTF8,
            "\n",
            "\tno id\n",
            "tweet-sno-1204\tlast line without newline");
    var result = Fixtures.read(reader, file);

    assertThat(result.records())
        .containsExactly(
            Post.of("tweet-sno-1201", "\"Sen. McConnell: \"\"As recently as October\"\" said"),
            Post.of("tweet-sno-1202", "\". @JoeBiden in October: “I have this\ttab"),
            Post.of("tweet-sno-1204", "last line without newline"));
    assertThat(result.quarantine().rejections())
        .containsExactly(
            new Rejection(file.toString(), 4, null, "expected 2 tab-separated columns, got 1", "no-tab-here"),
            new Rejection(file.toString(), 5, null, "invalid UTF-8", "tweet-sno-1203\tbad \\x80x\\xC3"),
            new Rejection(file.toString(), 6, null, "missing id", "\tno id"));
    assertThat(result.stats()).isEqualTo(new ReadStats(6, 3, 3, 0));
  }

  @Test
  void headerlessFileKeepsItsFirstLine() throws Exception {
    Path file = Fixtures.write(dir, "q.tsv", "tweet-sno-0\tfirst\ntweet-sno-1\tsecond\n");
    assertThat(Fixtures.read(reader, file).records())
        .containsExactly(Post.of("tweet-sno-0", "first"), Post.of("tweet-sno-1", "second"));
  }

  @Test
  void readsTheRealQueryFiles() throws Exception {
    var test2020 = Fixtures.read(reader, Fixtures.sharedData("clef2020-task2-en-tweets", "test", "tweets.queries.tsv"));
    assertThat(test2020.stats()).isEqualTo(new ReadStats(200, 200, 0, 0));
    assertThat(test2020.records().get(0).id()).isEqualTo("999");
    assertThat(test2020.records()).anyMatch(p -> p.text().startsWith("Eric Clapton was asked") && p.text().contains("\"I don't know. Ask Prince\""));

    var devTest =
        Fixtures.read(reader, Fixtures.sharedData("clef2022-task2a-en-tweets", "CT2022-Task2A-EN-Dev-Test_Queries.tsv"));
    assertThat(devTest.stats()).isEqualTo(new ReadStats(202, 202, 0, 0));
    assertThat(devTest.records().get(0).id()).isEqualTo("tweet-sno-1200");
    assertThat(devTest.records().get(2).text()).startsWith("\". @JoeBiden in October:");

    var trainDev =
        Fixtures.read(reader, Fixtures.sharedData("clef2022-task2a-en-tweets", "CT2022-Task2A-EN-Train-Dev_Queries.tsv"));
    assertThat(trainDev.stats()).isEqualTo(new ReadStats(1196, 1196, 0, 0));
  }
}
