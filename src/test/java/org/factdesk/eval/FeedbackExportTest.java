package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.factdesk.cli.FactdeskCommand;
import org.factdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk decisions → queries + qrels that {@link Qrels} reads back; the latest decision wins. */
class FeedbackExportTest {
  @TempDir Path tmp;

  @Test
  void writesQueriesAndQrelsWithTheLatestDecision() throws Exception {
    Path posts = tmp.resolve("posts.jsonl");
    Files.writeString(posts, """
        {"id":"p1","text":"Uống nước chanh nóng\\tchữa ung thư","author":"@a"}
        {"id":"p2","text":"5G towers spread the coronavirus\\nin Hanoi","author":"@b"}
        {"id":"p3","text":"Nothing judged here","author":"@c"}
        """, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    assertThat(FactdeskCommand.commandLine().execute("ingest", "--data-dir", data.toString(), posts.toString()))
        .isZero();
    Path out = tmp.resolve("out");
    try (Database db = Database.open(Database.embeddedUrl(data))) {
      db.jdbi().useHandle(h -> {
        long s1 = h.createQuery("SELECT seq FROM posts WHERE post_id = 'p1'").mapTo(Long.class).one();
        long s2 = h.createQuery("SELECT seq FROM posts WHERE post_id = 'p2'").mapTo(Long.class).one();
        OffsetDateTime t = OffsetDateTime.parse("2026-11-29T10:00:00Z");
        String insert = "INSERT INTO match_feedback (post_seq, fact_check_id, decision, decided_at) VALUES (?, ?, ?, ?)";
        h.execute(insert, s1, "https://fc.example/lemon", "accept", t);
        h.execute(insert, s1, "https://fc.example/garlic", "reject", t);
        h.execute(insert, s2, "https://fc.example/5g", "reject", t);
        h.execute(insert, s2, "https://fc.example/5g", "accept", t.plusMinutes(5)); // reversed later
        h.execute(insert, s2, "id with spaces", "accept", t);
      });
      FeedbackExport.Counts c = FeedbackExport.write(db, out);
      assertThat(c).isEqualTo(new FeedbackExport.Counts(2, 3, 2, 1));
    }
    List<String> queries = Files.readAllLines(out.resolve("feedback-queries.tsv"), StandardCharsets.UTF_8);
    assertThat(queries).hasSize(2).allMatch(l -> l.split("\t", -1).length == 2);
    assertThat(queries.get(0)).endsWith("\tUống nước chanh nóng chữa ung thư");
    assertThat(queries.get(1)).endsWith("\t5G towers spread the coronavirus in Hanoi");
    Qrels qrels = Qrels.read(out.resolve("feedback-qrels.tsv"));
    String q1 = queries.get(0).split("\t")[0];
    String q2 = queries.get(1).split("\t")[0];
    assertThat(q1).matches("post-\\d+");
    assertThat(qrels.relevant(q1)).containsExactly("https://fc.example/lemon");
    assertThat(qrels.relevant(q2)).containsExactly("https://fc.example/5g");
  }
}
