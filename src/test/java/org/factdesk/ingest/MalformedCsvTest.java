package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a CSV whose last quote is never closed made the reader throw (an internal error at the
 * CLI); now the records before it are kept and the broken tail is one rejection naming its line.
 */
class MalformedCsvTest {
  @TempDir Path tmp;

  @Test
  void anUnterminatedQuoteRejectsTheRestAndKeepsWhatCameBefore() throws Exception {
    Path csv = tmp.resolve("export.csv");
    Files.writeString(csv, "id,text\n1,Giá xăng tăng 500 đồng\n2,\"câu chưa đóng ngoặc\n3,dòng sau\n",
        StandardCharsets.UTF_8);
    List<Post> posts = new ArrayList<>();
    CollectingQuarantine q = new CollectingQuarantine();
    ReadStats stats = new CsvPostReader(new AuthorPseudonymiser(new byte[32])).read(csv, posts::add, q);
    assertThat(posts).extracting(Post::id).containsExactly("1");
    assertThat(stats.rejected()).isEqualTo(1);
    assertThat(q.rejections()).hasSize(1);
    assertThat(q.rejections().get(0).line()).isEqualTo(3);
    assertThat(q.rejections().get(0).reason()).startsWith("malformed CSV from here to the end of the file: EOF reached");
  }
}
