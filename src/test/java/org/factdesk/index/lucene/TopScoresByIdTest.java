package org.factdesk.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Seeded random queries: the same hits and scores as Lucene's search sorted by score then id. */
class TopScoresByIdTest {
  private static final long SEED = 20261129L;
  private static final String[] WORDS = {"moon", "landing", "fake", "vaccine", "covid", "5g", "tower", "bill",
      "gates", "chip", "water", "salt", "cure", "cancer", "election", "vote", "fraud", "mail", "ballot", "trump",
      "biden", "video", "photo", "old", "new", "viral", "post", "claim", "false", "true"};

  @Test
  void sameHitsAndScoresAsTheSortedSearch() throws Exception {
    Random random = new Random(SEED);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
          // a third are copies of an earlier text, so scores tie; ids are not in document order
          String text = !texts.isEmpty() && random.nextInt(3) == 0 ? texts.get(random.nextInt(texts.size())) : words(random, 1 + random.nextInt(12));
          texts.add(text);
          String id = Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
          Document d = new Document();
          d.add(new StringField("id", id, Field.Store.NO));
          d.add(new SortedDocValuesField("id", new BytesRef(id)));
          d.add(new TextField("all", text, Field.Store.NO));
          d.add(new TextField("folded", text, Field.Store.NO));
          w.addDocument(d);
          if (i % 150 == 149) {
            w.commit(); // several segments: ties across segments compare ids by value
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher s = new IndexSearcher(reader);
        Sort byScoreThenId = new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING));
        for (int n = 0; n < 300; n++) {
          Query q = query(random, 1 + random.nextInt(n % 3 == 0 ? 120 : 10));
          int k = 1 + random.nextInt(25);
          List<String> expected = describe(List.of(s.search(q, k, byScoreThenId, true).scoreDocs));
          String where = "seed " + SEED + " case " + n + " k=" + k + " " + q;
          assertThat(describe(TopScoresById.search(s, q, k, "id", false))).as(where).isEqualTo(expected);
          assertThat(describe(TopScoresById.search(s, q, k, "id", true))).as(where).isEqualTo(expected);
        }
      }
    }
  }

  private static String words(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  /** Repeated terms, two fields, weights 1 and 0.5: the shape of factdesk's queries. */
  private static Query query(Random random, int terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < terms; i++) {
      boolean folded = random.nextInt(3) == 0;
      TermQuery tq = new TermQuery(new Term(folded ? "folded" : "all", WORDS[random.nextInt(WORDS.length)]));
      b.add(folded ? new BoostQuery(tq, 0.5f) : tq, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static List<String> describe(List<ScoreDoc> hits) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : hits) {
      out.add(sd.doc + ":" + sd.score);
    }
    return out;
  }
}
