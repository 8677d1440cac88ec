package org.factdesk.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.factdesk.index.FactCheckJson;
import org.factdesk.model.FactCheck;
import org.junit.jupiter.api.Test;

class StoredFactChecksTest {
  private static final List<FactCheck> FACT_CHECKS = List.of(
      FactCheck.ofClaim("a", "Vaccines cause autism", "Do they?", null),
      FactCheck.ofClaim("b", "Bananas cure cancer", null, null),
      FactCheck.ofClaim("c", "Vaccine chống chỉ định", null, "tiếng Việt"));

  private static ByteBuffersDirectory index() throws Exception {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      for (FactCheck fc : FACT_CHECKS) {
        Document d = new Document();
        d.add(new StoredField("src", FactCheckJson.write(fc)));
        w.addDocument(d);
      }
    }
    return dir;
  }

  @Test
  void parsesOnceAndServesTheSameRecord() throws Exception {
    StoredFactChecks cache = new StoredFactChecks("src", 100);
    try (ByteBuffersDirectory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      for (int doc = 0; doc < 3; doc++) {
        assertThat(cache.get(s, s.storedFields(), doc)).isEqualTo(FACT_CHECKS.get(doc));
      }
      assertThat(cache.size()).isEqualTo(3);
      assertThat(cache.get(s, s.storedFields(), 1)).isSameAs(cache.get(s, s.storedFields(), 1));
    }
    assertThat(cache.size()).as("entries of closed segments are dropped").isZero();
  }

  @Test
  void keepsNoMoreThanItsLimitAndStillAnswersPastIt() throws Exception {
    StoredFactChecks cache = new StoredFactChecks("src", 1);
    try (ByteBuffersDirectory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      for (int doc = 2; doc >= 0; doc--) {
        assertThat(cache.get(s, s.storedFields(), doc)).isEqualTo(FACT_CHECKS.get(doc));
      }
      assertThat(cache.size()).isEqualTo(1);
      assertThat(cache.get(s, s.storedFields(), 2)).isSameAs(cache.get(s, s.storedFields(), 2));
      assertThat(cache.get(s, s.storedFields(), 0)).isNotSameAs(cache.get(s, s.storedFields(), 0));
    }
  }
}
