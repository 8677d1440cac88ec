package org.factdesk.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.factdesk.text.Language;
import org.factdesk.text.analysis.MultilingualMatchAnalysis.AnalyzedText;
import org.junit.jupiter.api.Test;

class MultilingualMatchAnalysisTest {

  private final MultilingualMatchAnalysis analysis = new MultilingualMatchAnalysis();

  @Test
  void vietnameseGetsExactAndFoldedSyllableTerms() {
    AnalyzedText doc = analysis.forDocument("Vắc-xin COVID-19 gây vô sinh", Language.VI);
    assertThat(doc.exact()).containsExactly("vắc", "vắc_xin", "xin", "xin_covid", "covid",
        "covid_19", "19", "19_gây", "gây", "gây_vô", "vô", "vô_sinh", "sinh");
    assertThat(doc.folded()).containsExactly("vac", "vac_xin", "xin", "xin_covid", "covid",
        "covid_19", "19", "19_gay", "gay", "gay_vo", "vo", "vo_sinh", "sinh");
  }

  @Test
  void queriesExpandTeencodeDocumentsDoNot() {
    assertThat(analysis.forQuery("ko đc ra đg", Language.VI).exact()).containsExactly("không",
        "không_được", "được", "được_ra", "ra", "ra_đường", "đường");
    assertThat(analysis.forDocument("ko đc ra đg", Language.VI).exact()).startsWith("ko");
  }

  @Test
  void englishAndOtherUseMatchAnalyzer() {
    AnalyzedText en = analysis.forQuery("The vaccines cause infertility https://t.co/x @bob", Language.EN);
    assertThat(en.exact()).containsExactly("vaccin", "caus", "infertil").isEqualTo(en.folded());
    assertThat(analysis.forDocument("東京都", Language.OTHER).exact()).containsExactly("東", "京", "都");
  }

  @Test
  void identifiesLanguageWhenNotGiven() {
    assertThat(analysis.forQuery("vac xin covid gay vo sinh o phu nu").language()).isEqualTo(Language.VI);
    assertThat(analysis.forQuery("vac xin covid gay vo sinh o phu nu").folded()).contains("vac_xin", "vo_sinh");
    assertThat(analysis.forQuery("The jab makes women sterile").language()).isEqualTo(Language.EN);
    assertThat(analysis.forQuery(null).exact()).isEmpty();
    assertThat(analysis.id()).contains("vi-", "en-");
  }

  /** The wiring the lead plans: exact field weighted above the folded one. */
  @Test
  void exactDiacriticHitRanksAboveFoldedOnlyHit() throws IOException {
    List<String> ids = search("đường", "Dương Văn Minh phát biểu", "Cấm ra đường sau 18 giờ");
    assertThat(ids).containsExactly("duong-street", "duong-name");
    assertThat(search("duong", "Dương Văn Minh phát biểu", "Cấm ra đường sau 18 giờ")).hasSize(2);
  }

  private List<String> search(String query, String nameDoc, String streetDoc) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        w.addDocument(doc("duong-name", analysis.forDocument(nameDoc, Language.VI)));
        w.addDocument(doc("duong-street", analysis.forDocument(streetDoc, Language.VI)));
      }
      AnalyzedText q = analysis.forQuery(query, Language.VI);
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      q.exact().forEach(t -> b.add(new BoostQuery(new TermQuery(new Term("all", t)), 2f), BooleanClause.Occur.SHOULD));
      q.folded().forEach(t -> b.add(new TermQuery(new Term("all_folded", t)), BooleanClause.Occur.SHOULD));
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(b.build(), 10).scoreDocs) {
          out.add(searcher.storedFields().document(sd.doc).get("id"));
        }
        return out;
      }
    }
  }

  private static Document doc(String id, AnalyzedText terms) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new TextField("all", String.join(" ", terms.exact()), Field.Store.NO));
    d.add(new TextField("all_folded", String.join(" ", terms.folded()), Field.Store.NO));
    return d;
  }
}
