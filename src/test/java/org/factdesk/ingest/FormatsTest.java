package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {
  @TempDir Path dir;
  private final AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(new byte[32]);

  @Test
  void picksFactCheckReaders() throws Exception {
    Path tsv = Fixtures.write(dir, "vc.tsv", "\tvclaim\ttitle\n0\tc\tt\n");
    Path jsonl = Fixtures.write(dir, "vc.jsonl", "{\"vclaim_id\": \"a\", \"vclaim\": \"c\"}\n");
    Path vclaims = Files.createDirectory(dir.resolve("vclaims"));
    Fixtures.write(vclaims, "a.json", "{\n  \"vclaim_id\": \"a\",\n  \"vclaim\": \"c\"\n}");
    assertThat(Formats.factCheckReader(tsv)).isInstanceOf(CheckThat2020CollectionReader.class);
    assertThat(Formats.factCheckReader(jsonl)).isInstanceOf(CheckThat2022CollectionReader.class);
    assertThat(Formats.factCheckReader(vclaims)).isInstanceOf(CheckThat2022CollectionReader.class);
    for (String name : List.of("a.json", "a.jsonld", "a.html", "a.htm")) {
      assertThat(Formats.factCheckReader(Fixtures.write(dir, name, "{}"))).isInstanceOf(ClaimReviewReader.class);
    }

    List<FactCheck> all = new ArrayList<>();
    ReadStats stats = Formats.readFactChecks(List.of(tsv, jsonl, vclaims), all::add, new CollectingQuarantine());
    assertThat(stats).isEqualTo(new ReadStats(3, 3, 0, 0));
    assertThat(all).extracting(FactCheck::id).containsExactly("0", "a", "a");
  }

  @Test
  void picksPostReaders() throws Exception {
    assertThat(Formats.postReader(Fixtures.write(dir, "q.tsv", "1\tx\n"), pseudonymiser)).isInstanceOf(CheckThatQueriesReader.class);
    assertThat(Formats.postReader(Fixtures.write(dir, "p.jsonl", ""), pseudonymiser)).isInstanceOf(JsonlPostReader.class);
    assertThat(Formats.postReader(Fixtures.write(dir, "p.ndjson", ""), pseudonymiser)).isInstanceOf(JsonlPostReader.class);
    assertThat(Formats.postReader(Fixtures.write(dir, "p.csv", ""), pseudonymiser)).isInstanceOf(CsvPostReader.class);
    for (String name : List.of("f.rss", "f.atom", "f.xml", "F.RSS")) {
      assertThat(Formats.postReader(Fixtures.write(dir, name, "<rss/>"), pseudonymiser)).isInstanceOf(FeedReader.class);
    }
    for (String name : List.of("a.html", "a.htm", "A.HTML")) {
      assertThat(Formats.postReader(Fixtures.write(dir, name, "<html/>"), pseudonymiser)).isInstanceOf(HtmlArticleReader.class);
      // fact-check detection is unchanged: .html is still ClaimReview markup there
      assertThat(Formats.factCheckReader(dir.resolve(name))).isInstanceOf(ClaimReviewReader.class);
    }

    List<Post> posts = new ArrayList<>();
    ReadStats stats =
        Formats.readPosts(List.of(dir.resolve("q.tsv"), dir.resolve("p.csv")), pseudonymiser, posts::add, new CollectingQuarantine());
    assertThat(stats).isEqualTo(new ReadStats(1, 1, 0, 0));
    assertThat(posts).containsExactly(Post.of("1", "x"));
  }

  @Test
  void picksExportReadersByContent() throws Exception {
    Path crowdTangle = Fixtures.write(dir, "ct.csv", CrowdTangleCsvReaderTest.fixture());
    Path minimal = Fixtures.write(dir, "min.csv", "page name,POST CREATED,Message\nTrang,2021-03-01 10:15:00 ICT,x\n");
    Path generic = Fixtures.write(dir, "posts.csv", "id,text,page_name,post_created\n1,x,Trang,2021-03-01\n");
    Path telegram = Fixtures.write(dir, "result.json", TelegramExportReaderTest.RESULT_JSON);
    assertThat(Formats.postReader(crowdTangle, pseudonymiser)).isInstanceOf(CrowdTangleCsvReader.class);
    assertThat(Formats.postReader(minimal, pseudonymiser)).isInstanceOf(CrowdTangleCsvReader.class);
    assertThat(Formats.postReader(generic, pseudonymiser)).isInstanceOf(CsvPostReader.class);
    assertThat(Formats.postReader(telegram, pseudonymiser)).isInstanceOf(TelegramExportReader.class);

    Path claimReview = Fixtures.write(dir, "claims.json", "{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\"}");
    assertThatThrownBy(() -> Formats.postReader(claimReview, pseudonymiser))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(claimReview + ": cannot tell the format (.json posts must be a Telegram Desktop export (an object with a messages array))");

    List<Post> posts = new ArrayList<>();
    ReadStats stats = Formats.readPosts(List.of(crowdTangle, telegram), pseudonymiser, posts::add, new CollectingQuarantine());
    assertThat(stats).isEqualTo(new ReadStats(9, 6, 3, 2));
    assertThat(posts).extracting(Post::source).containsExactly(
        "Báo Sức khỏe & Đời sống", "Báo Sức khỏe & Đời sống", "Báo Sức khỏe & Đời sống",
        "Kênh Tin Nhanh 24h", "Kênh Tin Nhanh 24h", "Kênh Tin Nhanh 24h");
  }

  @Test
  void unknownAndMissingInputsFailClearly() throws Exception {
    Path txt = Fixtures.write(dir, "notes.txt", "hello");
    assertThatThrownBy(() -> Formats.factCheckReader(txt))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(txt + ": cannot tell the format (expected .tsv, .jsonl, .json, .jsonld, .html, .htm or a directory)");
    Path queries = Fixtures.write(dir, "queries.tsv", "1\tx\n");
    assertThatThrownBy(() -> Formats.factCheckReader(queries))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(queries + ": cannot tell the format (.tsv fact-checks need a header with a vclaim column)");
    assertThatThrownBy(() -> Formats.postReader(txt, pseudonymiser))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(txt + ": cannot tell the format (expected .tsv, .jsonl, .ndjson, .csv, .json (Telegram export), .rss, .atom, .xml, .html or .htm)");
    assertThatThrownBy(() -> Formats.postReader(dir.resolve("absent.csv"), pseudonymiser))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(new InvalidInputException("x").exitCode()).isEqualTo(2);
  }
}
