package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.match.encoder.BundledMiniLmEncoder;
import org.factdesk.match.encoder.EncoderEmbedder;
import org.factdesk.match.encoder.SentenceEncoder;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.pipeline.MatchingSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dense, fused and reranked matching with the shipped MiniLM model on a small real-looking index. */
class HybridMatchingTest {
  static SentenceEncoder encoder;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    encoder = new BundledMiniLmEncoder();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  private static final List<FactCheck> FACT_CHECKS = List.of(
      FactCheck.ofClaim("vc-infertility", "COVID-19 vaccines cause infertility in women.", "Do COVID Vaccines Cause Infertility?", null),
      FactCheck.ofClaim("vc-5g", "5G networks spread the coronavirus.", "Does 5G Spread COVID-19?", null),
      FactCheck.ofClaim("vc-moon", "The moon landing was filmed in a studio.", "Was the Moon Landing Faked?", null),
      FactCheck.ofClaim("vc-bleach", "Drinking bleach cures COVID-19.", "Does Bleach Cure COVID?", null));

  private FactCheckIndex index(MatchingSettings s) throws Exception {
    FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, s.indexSettings(encoder.id())), s.analysis(),
        new EncoderEmbedder(encoder));
    index.upsert(FACT_CHECKS);
    index.commit();
    return index;
  }

  @Test
  void denseRetrievalFindsAParaphraseWithNoSharedContentWord() throws Exception {
    MatchingSettings s = MatchingSettings.defaults();
    try (FactCheckIndex index = index(s)) {
      QueryVectors qv = new QueryVectors(encoder::encodeBatch, encoder::encode);
      Post post = Post.of("p1", "the jab leaves ladies sterile");
      PostMatches dense = s.pipeline(Retrieval.DENSE, index, qv).match(post, 3);
      assertThat(dense.matches().get(0).match().factCheck().id()).isEqualTo("vc-infertility");
      PostMatches lexical = s.pipeline(Retrieval.BM25, index, null).match(post, 3);
      assertThat(lexical.matches()).noneMatch(m -> m.match().factCheck().id().equals("vc-infertility"));
      PostMatches hybrid = s.pipeline(Retrieval.HYBRID, index, qv).match(post, 3);
      assertThat(hybrid.matches().get(0).match().factCheck().id()).isEqualTo("vc-infertility");
      assertThat(hybrid.matches().get(0).match().retriever()).isEqualTo("rerank");
      assertThat(hybrid.matches()).allSatisfy(m -> assertThat(m.confidence()).isBetween(0.0, 1.0));
    }
  }

  @Test
  void batchPreparedVectorsGiveTheSameResultAsOnTheFly() throws Exception {
    MatchingSettings s = MatchingSettings.defaults();
    try (FactCheckIndex index = index(s)) {
      List<Post> posts = List.of(Post.of("a", "5G masts are spreading the virus"), Post.of("b", "they faked the moon landing"));
      MatchPipeline prepared = s.pipeline(Retrieval.HYBRID, index, new QueryVectors(encoder::encodeBatch, encoder::encode));
      prepared.prepare(posts);
      MatchPipeline onTheFly = s.pipeline(Retrieval.HYBRID, index, new QueryVectors(encoder::encodeBatch, encoder::encode));
      for (Post p : posts) {
        assertThat(prepared.match(p, 2).matches().get(0).match().factCheck().id())
            .isEqualTo(onTheFly.match(p, 2).matches().get(0).match().factCheck().id());
      }
      assertThat(prepared.match(posts.get(0), 1).matches().get(0).match().factCheck().id()).isEqualTo("vc-5g");
    }
  }

  @Test
  void reIndexingUnchangedFactChecksReusesTheirVectors() throws Exception {
    MatchingSettings s = MatchingSettings.defaults();
    try (FactCheckIndex index = index(s)) {
      assertThat(index.vectorCounts()).containsExactly(0, 4);
      index.upsert(List.of(FACT_CHECKS.get(0), FactCheck.ofClaim("vc-5g", "5G radiation causes COVID symptoms.", null, null)));
      index.commit();
      assertThat(index.vectorCounts()).containsExactly(1, 5);
      assertThat(index.size()).isEqualTo(4);
    }
  }
}
