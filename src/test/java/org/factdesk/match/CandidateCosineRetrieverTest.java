package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.index.Embedder;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexField;
import org.factdesk.index.IndexSettings;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Match;
import org.factdesk.model.Post;
import org.factdesk.model.Rating;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexical fallback of the dense stage: BM25 candidates re-ordered by the cosine of their stored vectors. */
class CandidateCosineRetrieverTest {
  @TempDir Path dir;

  /** 2-d unit vectors by keyword: "moon" points one way, "virus" the other, anything else between. */
  private static float[] vector(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.contains("moon")) {
      return new float[] {1f, 0f};
    }
    if (t.contains("virus")) {
      return new float[] {0f, 1f};
    }
    return new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)};
  }

  private static final Embedder EMBEDDER = new Embedder() {
    @Override
    public String id() {
      return "toy-2d";
    }

    @Override
    public List<float[]> embed(List<String> texts) {
      List<float[]> out = new ArrayList<>();
      texts.forEach(t -> out.add(vector(t)));
      return out;
    }
  };

  private static FactCheck fc(String id, String claim) {
    return new FactCheck(id, claim, Rating.textual("False"), null, null, null, ItemReviewed.UNKNOWN, "en", null, null);
  }

  @Test
  void candidatesAreTheLexicalOnesOrderedByCosine() throws Exception {
    MultilingualMatchAnalysis analysis = new MultilingualMatchAnalysis();
    try (FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, new IndexSettings(analysis.id(), Map.of(),
        EMBEDDER.id())), analysis, EMBEDDER)) {
      index.upsert(List.of(fc("a", "landing faked claim claim claim"), fc("b", "moon landing faked"),
          fc("c", "virus made in a lab"), fc("d", "unrelated text about taxes")));
      index.commit();
      Map<IndexField, Float> boosts = Map.of(IndexField.ALL, 1f);
      Bm25Retriever lexical = new Bm25Retriever(index, boosts);
      QueryVectors vectors = new QueryVectors(EMBEDDER::embed, t -> vector(t));
      CandidateCosineRetriever dense = new CandidateCosineRetriever(lexical, index, vectors);
      Post post = Post.of("p", "the moon landing was faked, a claim");
      dense.prepare(List.of(post));
      RankedList r = dense.retrieve(post, 10);
      assertThat(r.matches()).extracting(m -> m.factCheck().id()).containsExactly("b", "a");
      assertThat(r.matches().get(0).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(r.matches().get(1).score()).isCloseTo(Math.sqrt(0.5), org.assertj.core.data.Offset.offset(1e-6));
      assertThat(r.matches()).allMatch(m -> m.retriever().equals(DenseRetriever.TAG));
      assertThat(r.matches()).extracting(Match::rank).containsExactly(1, 2);
      // BM25 alone ranks "a" first (three "claim"s): the fallback re-orders, it does not add candidates
      assertThat(lexical.retrieve(post, 10).matches().get(0).factCheck().id()).isEqualTo("a");
    }
  }
}
