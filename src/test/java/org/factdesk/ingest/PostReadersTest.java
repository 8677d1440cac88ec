package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostReadersTest {
  @TempDir Path dir;
  private final AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(new byte[32]);

  @Test
  void csvMapsColumnsByNamePseudonymisesAuthorsAndQuarantinesBadRows() throws Exception {
    Path file =
        Fixtures.writeBytes(
            dir,
            "posts.csv",
            Fixtures.BOM,
            "Post_ID,Message,Link,created_at,Page_Name,lang,Screen_Name,likes,retweets,replies\n",
            "p1,\"Vắc xin gây vô sinh, thật không?\",https://x.example/p1,2024-05-01T10:00:00Z,Báo A,vi,@SomeUser,\"1,200\",3,4\n",
            ",no id here,,,,,,,,\n",
            "p3,only three,columns\n",
            "p4,bad ",
            Fixtures.BAD_UTF8,
            ",,,,,,,,\n",
            "p5,   ,,,,,,,,\n",
            "p6,second good,,yesterday,,,someuser,many,,\n");
    var result = Fixtures.read(new CsvPostReader(pseudonymiser), file);

    String key = pseudonymiser.pseudonymise("someuser");
    assertThat(result.records())
        .containsExactly(
            new Post("p1", "Báo A", "https://x.example/p1", Instant.parse("2024-05-01T10:00:00Z"),
                "Vắc xin gây vô sinh, thật không?", "vi", key, new Engagement(1200, 3, 4)),
            new Post("p6", null, null, null, "second good", null, key, Engagement.NONE));
    String f = file.toString();
    assertThat(result.quarantine().rejections())
        .containsExactly(
            new Rejection(f, 3, "Post_ID", "missing id", ",no id here,,,,,,,,"),
            new Rejection(f, 4, null, "expected 10 columns, got 3", "p3,only three,columns"),
            new Rejection(f, 5, null, "invalid UTF-8", "p4,bad \\x80x\\xC3,,,,,,,,"),
            new Rejection(f, 6, "Message", "missing text", "p5,   ,,,,,,,,"));
    assertThat(result.quarantine().warnings())
        .containsExactly(f + ":7: unparseable created_at: \"yesterday\"", f + ":7: unreadable likes count: \"many\"");
    assertThat(result.stats()).isEqualTo(new ReadStats(6, 2, 4, 1));
    assertThat(result.records()).noneMatch(p -> p.toString().toLowerCase(java.util.Locale.ROOT).contains("someuser"));
  }

  @Test
  void csvWithoutIdColumnGetsStableSyntheticIds() throws Exception {
    Path file = Fixtures.write(dir, "train_data.csv", "content,label\n\"first, quoted\",0\n\nsecond,1\n");
    var result = Fixtures.read(new CsvPostReader(pseudonymiser), file);
    assertThat(result.records())
        .containsExactly(Post.of("train_data.csv:2", "first, quoted"), Post.of("train_data.csv:4", "second"));
  }

  @Test
  void csvWithoutTextColumnIsInvalidInput() throws Exception {
    Path file = Fixtures.write(dir, "nums.csv", "id,label\n1,0\n");
    assertThatThrownBy(() -> Fixtures.read(new CsvPostReader(pseudonymiser), file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": no text column (looked for text, message, content, tweet_content, body, maintext, iclaim); found columns: [id, label]");
  }

  @Test
  void explicitMappingOverridesDefaults() throws Exception {
    Path file = Fixtures.write(dir, "x.csv", "text,headline,ref\nignored,used,r1\n");
    var reader = new CsvPostReader(new ColumnMapping(Map.of("text", "HEADLINE", "id", "ref")), pseudonymiser);
    assertThat(Fixtures.read(reader, file).records()).containsExactly(Post.of("r1", "used"));
  }

  @Test
  void jsonlReadsObjectsAndQuarantinesBadLines() throws Exception {
    Path file =
        Fixtures.writeBytes(
            dir,
            "posts.jsonl",
            "{\"id\": \"a\", \"text\": \"first\", \"date\": \"2024-05-01\", \"likes\": 5, \"author\": \"Someone\"}\n",
            "{\"id\": \"b\", \"text\": \n",
            "{\"id\": null, \"text\": \"no id\"}\n",
            "{\"id\": \"c\", \"body\": \"",
            Fixtures.BAD_UTF8,
            "\"}\n",
            "\"just a string\"\n",
            "{\"id\": \"d\"}\n",
            "\n",
            "{\"Message\": \"no id field\", \"timestamp\": 1714557600}\n");
    var result = Fixtures.read(new JsonlPostReader(pseudonymiser), file);

    assertThat(result.records())
        .containsExactly(
            new Post("a", null, null, Instant.parse("2024-05-01T00:00:00Z"), "first", null,
                pseudonymiser.pseudonymise("someone"), new Engagement(5, 0, 0)),
            new Post("posts.jsonl:8", null, null, Instant.ofEpochSecond(1714557600), "no id field", null, null, Engagement.NONE));
    assertThat(result.quarantine().rejections())
        .extracting(Rejection::line, Rejection::field, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, null, "invalid JSON: Unexpected end-of-input within/between Object entries"),
            org.assertj.core.groups.Tuple.tuple(3L, "id", "missing id"),
            org.assertj.core.groups.Tuple.tuple(4L, null, "invalid UTF-8"),
            org.assertj.core.groups.Tuple.tuple(5L, null, "expected a JSON object"),
            org.assertj.core.groups.Tuple.tuple(6L, "text", "missing text"));
    assertThat(result.stats()).isEqualTo(new ReadStats(7, 2, 5, 0));
  }

  @Test
  void readsTheVietnameseNewsCsv() throws Exception {
    Path file = Fixtures.sharedData("vietnamese-news-dataset-v2", "val_data.csv");
    var result = Fixtures.read(new CsvPostReader(pseudonymiser), file);
    assertThat(result.stats()).isEqualTo(new ReadStats(501, 501, 0, 0));
  }

  @Test
  void pseudonymiserNormalisesHandlesAndKeepsItsSecret() throws Exception {
    assertThat(pseudonymiser.pseudonymise("  @SomeUser ")).isEqualTo(pseudonymiser.pseudonymise("someuser")).hasSize(32);
    assertThat(pseudonymiser.pseudonymise(" ")).isNull();
    assertThat(pseudonymiser.pseudonymise(null)).isNull();
    assertThat(new AuthorPseudonymiser(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}).pseudonymise("someuser"))
        .isNotEqualTo(pseudonymiser.pseudonymise("someuser"));

    Path data = dir.resolve("data");
    AuthorPseudonymiser first = AuthorPseudonymiser.loadOrCreate(data);
    AuthorPseudonymiser again = AuthorPseudonymiser.loadOrCreate(data);
    assertThat(Files.size(data.resolve("secret.key"))).isEqualTo(32);
    assertThat(again.pseudonymise("@x")).isEqualTo(first.pseudonymise("x"));
    if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secret.key"))))
          .isEqualTo("rw-------");
    }
  }
}
