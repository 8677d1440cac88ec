package org.factdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.claims.CheckWorthinessSplit;
import org.factdesk.claims.LabelledSentence;
import org.factdesk.ingest.CollectingQuarantine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus builder on a miniature copy of the shared data layout. */
public class CheckWorthinessCorpusTest {
  @TempDir Path tmp;

  /** Writes a miniature shared data directory under {@code dir} and returns it. */
  public static Path miniDatasets(Path dir) throws Exception {
    Path ct = Files.createDirectories(dir.resolve(CheckWorthinessCorpus.CT2022));
    write(ct.resolve("vclaims.jsonl"),
        "{\"vclaim_id\": \"v-5g\", \"vclaim\": \"5G towers spread the coronavirus.\", \"title\": \"5G?\"}",
        "{\"vclaim_id\": \"v-bleach\", \"vclaim\": \"Drinking bleach cures COVID-19.\", \"title\": \"Bleach?\"}",
        "{\"vclaim_id\": \"v-shark\", \"vclaim\": \"A shark swam on a flooded Houston highway.\", \"title\": \"Shark\"}",
        "{\"vclaim_id\": \"v-moon\", \"vclaim\": \"The moon landing was filmed in a studio.\", \"title\": \"Moon\"}");
    write(ct.resolve("CT2022-Task2A-EN-Train-Dev_Queries.tsv"),
        "tweet-sno-0\tWow. 5G towers are spreading the coronavirus, wake up! pic.twitter.com/x — A B (@ab) May 1, 2020",
        "tweet-sno-1\tDrinking bleach cures COVID-19 says this guy. Unbelievable.",
        "tweet-sno-2\tA shark is swimming on the flooded highway in Houston right now.");
    write(ct.resolve("CT2022-Task2A-EN-Train_QRELs.tsv"), "tweet-sno-0\t0\tv-5g\t1", "tweet-sno-1\t0\tv-bleach\t1");
    write(ct.resolve("CT2022-Task2A-EN-Dev_QRELs.tsv"), "tweet-sno-2\t0\tv-shark\t1");
    write(ct.resolve("CT2022-Task2A-EN-Dev-Test_Queries.tsv"), "iclaim_id\ticlaim",
        "tweet-sno-0\tNASA faked the moon landing in a Hollywood studio, 1969.");
    write(ct.resolve("CT2022-Task2A-EN-Dev-Test_QRELs.tsv"), "tweet-sno-0\t0\tv-moon\t1");
    Path vfnd = Files.createDirectories(dir.resolve(CheckWorthinessCorpus.VFND));
    write(vfnd.resolve("vfnd.jsonl"),
        "{\"file\": \"a.json\", \"label\": \"Fake\", \"title\": \"Uống nước chanh chữa khỏi ung thư\\nphụ đề\", "
            + "\"text\": \"Ngắn.\\nMột bài viết trên mạng nói uống nước chanh chữa khỏi ung thư. Thêm nữa.\"}",
        "{\"file\": \"b.json\", \"label\": \"Fake\", \"source_type\": \"social\", \"text\": \"Bài đăng không có tiêu đề gì cả.\"}");
    Path vn = Files.createDirectories(dir.resolve(CheckWorthinessCorpus.VN_NEWS));
    write(vn.resolve("val_data.csv"), "content,label", "giá xăng tăng 500 đồng từ chiều nay,0",
        "giá xăng tăng 500 đồng từ chiều nay,0", "uống rượu chữa covid,1");
    return dir;
  }

  private static void write(Path p, String... lines) throws Exception {
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void buildsSplitsFromEachSource() throws Exception {
    CollectingQuarantine q = new CollectingQuarantine();
    CheckWorthinessCorpus c = CheckWorthinessCorpus.load(miniDatasets(tmp), q);
    assertThat(q.rejections()).isEmpty();
    List<LabelledSentence> train = c.split(CheckWorthinessSplit.TRAIN);
    assertThat(train).filteredOn(s -> s.source().equals("ct2022-tweets")).extracting(LabelledSentence::text)
        .containsExactly("5G towers are spreading the coronavirus, wake up!", "Drinking bleach cures COVID-19 says this guy.");
    assertThat(train).filteredOn(s -> s.source().equals("ct2022-vclaims")).extracting(LabelledSentence::id)
        .containsExactly("ct2022-vclaim:v-5g", "ct2022-vclaim:v-bleach");
    assertThat(c.split(CheckWorthinessSplit.DEV)).filteredOn(s -> s.source().equals("ct2022-tweets"))
        .extracting(LabelledSentence::id).containsExactly("ct2022-dev:tweet-sno-2");
    List<LabelledSentence> devTest = c.split(CheckWorthinessSplit.DEV_TEST);
    assertThat(devTest).filteredOn(s -> s.source().equals("ct2022-tweets")).extracting(LabelledSentence::id)
        .containsExactly("ct2022-dev-test:tweet-sno-0");
    // val rows only in dev-test, the duplicate once
    assertThat(devTest).filteredOn(s -> s.source().equals("vn-news-v2")).extracting(LabelledSentence::text)
        .containsExactly("giá xăng tăng 500 đồng từ chiều nay", "uống rượu chữa covid");
    // VFND: a.json gives title (first line) and lead (first sentence of 5+ words); b.json has no title
    List<String> vfnd = java.util.stream.Stream.of(CheckWorthinessSplit.values()).flatMap(s -> c.split(s).stream())
        .filter(s -> s.source().equals("vfnd")).map(LabelledSentence::text).toList();
    assertThat(vfnd).containsExactlyInAnyOrder("Uống nước chanh chữa khỏi ung thư",
        "Một bài viết trên mạng nói uống nước chanh chữa khỏi ung thư.", "Bài đăng không có tiêu đề gì cả.");
    assertThat(c.dropped()).containsEntry("VFND record without title", 1).containsEntry("duplicate within dev-test", 1);
    // the bundled hand-written non-claims are in every split, never check-worthy
    for (CheckWorthinessSplit s : CheckWorthinessSplit.values()) {
      assertThat(c.split(s)).filteredOn(x -> x.source().startsWith("nonclaims-")).isNotEmpty()
          .noneMatch(LabelledSentence::checkWorthy);
    }
  }

  @Test
  void bestSentenceSharesMostLongWordsWithTheClaim() {
    assertThat(CheckWorthinessCorpus.bestSentence("Wow. Bleach cures covid, drink it. Share!", "Drinking bleach cures COVID-19."))
        .isEqualTo("Bleach cures covid, drink it.");
    assertThat(CheckWorthinessCorpus.bestSentence("Nothing in common here. At all.", "Moon landing")).isEqualTo(
        "Nothing in common here. At all.");
    // the embedded-tweet signature names the author, not the claim
    assertThat(CheckWorthinessCorpus.bestSentence("Trump should divest now. — Ilhan Omar (@IlhanMN) January 6, 2020",
        "Ilhan Omar gave Iran advice")).isEqualTo("Trump should divest now. — Ilhan Omar (@IlhanMN) January 6, 2020");
    assertThat(CheckWorthinessCorpus.bestSentence("https://t.co/x — A B (@ab) June 4, 2019", "anything")).isNull();
  }

  @Test
  void missingDataIsInvalidInput() {
    assertThatThrownBy(() -> CheckWorthinessCorpus.load(tmp.resolve("nope"), new CollectingQuarantine()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check-worthiness data not found");
  }
}
