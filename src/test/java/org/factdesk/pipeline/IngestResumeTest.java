package org.factdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdesk.cli.FactdeskCommand;
import org.factdesk.index.lucene.PostIndex;
import org.factdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of an import, then run the same command again: every record is stored
 * exactly once, every rejection is quarantined exactly once, and the posts index covers every post.
 * The import runs in a child JVM killed with SIGKILL ({@link Process#destroyForcibly}).
 */
class IngestResumeTest {
  static final int POSTS = 16_000;
  static final int BAD_EVERY = 1_000; // one invalid JSON line per thousand

  @TempDir Path tmp;

  @Test
  void aKilledImportResumesWithoutLossOrDuplicates() throws Exception {
    Path input = tmp.resolve("big.jsonl");
    int bad = 0;
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= POSTS; i++) {
        if (i % BAD_EVERY == 0) {
          w.write("{\"id\":\"bad-" + i + "\",\"text\": not json}\n");
          bad++;
        } else {
          w.write("{\"id\":\"p" + i + "\",\"text\":\"Bài đăng số " + i + " nói rằng giá điện sẽ tăng " + (i % 97)
              + " phần trăm từ tháng " + (i % 12 + 1) + " năm sau\",\"author\":\"@user" + (i % 50) + "\"}\n");
        }
      }
    }
    Path data = tmp.resolve("data");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), FactdeskCommand.class.getName(),
        "ingest", "--data-dir", data.toString(), "--batch-size", "500", "--threads", "1", input.toString()));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> childOutput = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        childOutput.add(line);
        if (line.startsWith("ingesting big.jsonl: 10000")) {
          // a second process is refused while the first holds the data directory
          int refused = FactdeskCommand.commandLine()
              .execute("ingest", "--data-dir", data.toString(), input.toString());
          assertThat(refused).isEqualTo(3);
          child.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(childOutput).as("child output").anyMatch(l -> l.startsWith("ingesting big.jsonl: 10000"));
    assertThat(childOutput).noneMatch(l -> l.startsWith("ingest: read="));

    long committedBefore;
    try (Database db = Database.open(Database.embeddedUrl(data))) {
      committedBefore = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Long.class).one());
    }
    assertThat(committedBefore).isBetween(9_000L, (long) POSTS - bad - 1);

    int code = FactdeskCommand.commandLine().execute("ingest", "--data-dir", data.toString(), input.toString());
    assertThat(code).isEqualTo(2); // the invalid lines of the rest of the file

    try (Database db = Database.open(Database.embeddedUrl(data))) {
      long posts = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Long.class).one());
      long distinct = db.jdbi().withHandle(h ->
          h.createQuery("SELECT COUNT(DISTINCT post_id) FROM posts").mapTo(Long.class).one());
      long maxSeq = db.jdbi().withHandle(h -> h.createQuery("SELECT MAX(seq) FROM posts").mapTo(Long.class).one());
      long quarantined = db.jdbi().withHandle(h ->
          h.createQuery("SELECT COUNT(*) FROM quarantine").mapTo(Long.class).one());
      long distinctLines = db.jdbi().withHandle(h ->
          h.createQuery("SELECT COUNT(DISTINCT line) FROM quarantine").mapTo(Long.class).one());
      assertThat(posts).isEqualTo(POSTS - bad);
      assertThat(distinct).isEqualTo(posts);
      assertThat(maxSeq).isEqualTo(posts);
      assertThat(quarantined).isEqualTo(bad);
      assertThat(distinctLines).isEqualTo(bad);
    }
    try (var reader = org.apache.lucene.index.DirectoryReader.open(
        org.apache.lucene.store.FSDirectory.open(data.resolve("posts-index")))) {
      assertThat(reader.numDocs()).isEqualTo(POSTS - bad);
    }
    try (PostIndex index = PostIndex.open(data.resolve("posts-index"))) {
      assertThat(index.lastSeq()).isEqualTo(POSTS - bad);
    }
  }
}
