package org.factdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.factdesk.ingest.TextEncoding;
import org.factdesk.match.Retrieval;
import org.factdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an import of exports that name people (a JSONL author column, a CSV username column, a
 * Telegram group's {@code from}/{@code from_id}, an @mention in a text and in a rejected record),
 * no raw handle or id is found anywhere: not in the database (an SQL dump of every table), not in
 * the posts index (every term and stored field), not in any file of the data directory, not in
 * what was printed.
 */
class IngestPseudonymisationTest {
  @TempDir Path tmp;

  static final List<String> RAW = List.of("nguyen_real_handle", "mention_person", "csv_user_77", "user987654321",
      "Riêng Tư", "hidden_in_bad_record");

  @Test
  void noRawHandleIsStoredIndexedOrLogged() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("posts.jsonl"), String.join("\n",
        "{\"id\":\"j1\",\"text\":\"Uống nước chanh nóng chữa khỏi COVID-19, @mention_person nói vậy\",\"author\":\"@nguyen_real_handle\"}",
        "{\"id\":\"j2\",\"text\": bad, \"author\":\"@hidden_in_bad_record\"}",
        ""), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("export.csv"), "post_id,message,username\nc1,Giá xăng tăng 500 đồng từ chiều nay,csv_user_77\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("group.json"), """
        {"name": "Nhóm cư dân", "type": "private_group", "id": 42, "messages": [
          {"id": 7, "type": "message", "date": "2022-06-22T14:35:00", "date_unixtime": "1655883300",
           "from": "Trần Thị Riêng Tư", "from_id": "user987654321",
           "text": "Nghe nói nước máy khu này nhiễm asen vượt 10 lần mức cho phép", "text_entities": []}
        ]}
        """, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    IngestConfig config = new IngestConfig(List.of(in.toString()), null, data, null, false, Duration.ofMinutes(1), 0,
        Retrieval.BM25, null, 3, 1, 100, false, TextEncoding.AUTO);
    try (PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
        IngestJob job = IngestJob.open(config, MatchingSettings.defaults(), log, Clock.systemUTC())) {
      IngestCounts counts = job.run();
      assertThat(counts.stored()).isEqualTo(3);
      assertThat(counts.rejected()).isEqualTo(1);
    }

    List<String> places = new ArrayList<>();
    places.add(printed.toString(StandardCharsets.UTF_8));
    String dump;
    try (Database db = Database.open(Database.embeddedUrl(data))) {
      // every value of every row of every table (SCRIPT would escape non-ASCII text)
      StringBuilder all = new StringBuilder();
      db.jdbi().useHandle(h -> {
        List<String> tables = h.createQuery(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'").mapTo(String.class).list();
        assertThat(tables).contains("POSTS", "POST_KEYS", "POST_SIGHTINGS", "QUARANTINE", "INGEST_CHECKPOINTS");
        for (String t : tables) {
          h.createQuery("SELECT * FROM \"" + t + "\"").mapToMap().forEach(row -> all.append(row).append('\n'));
        }
      });
      dump = all.toString();
      long withAuthor = db.jdbi().withHandle(h ->
          h.createQuery("SELECT COUNT(*) FROM posts WHERE author_key IS NOT NULL").mapTo(Long.class).one());
      assertThat(withAuthor).isEqualTo(3); // every author was kept — as a pseudonym
    }
    assertThat(dump).contains("chanh nóng").contains("asen"); // the scan sees real content
    places.add(dump);
    places.add(indexContents(data.resolve("posts-index")));
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        places.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        places.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_16LE));
      }
    }
    assertThat(String.join("\n", places)).contains("Giá xăng");
    for (String place : places) {
      for (String raw : RAW) {
        assertThat(place).doesNotContain(raw);
      }
    }
  }

  /** Every term of every field and every stored field of a Lucene index, as text. */
  static String indexContents(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (FieldInfo fi : leaf.reader().getFieldInfos()) {
          Terms terms = leaf.reader().terms(fi.name);
          if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t; (t = te.next()) != null; ) {
              sb.append(fi.name).append('=').append(t.utf8ToString()).append('\n');
            }
          }
        }
        var stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          stored.document(d).getFields().forEach(f -> sb.append(f.name()).append(':').append(f.stringValue()).append('\n'));
        }
      }
    }
    assertThat(sb).contains("text=nước"); // the scan sees the indexed words
    return sb.toString();
  }
}
