package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Match;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;

class WeightedScoreFusionTest {
  private static final Post POST = Post.of("p", "text");

  private static RankedList list(double bound, Object... idScore) {
    List<Match> ms = new ArrayList<>();
    for (int i = 0; i < idScore.length; i += 2) {
      ms.add(new Match(POST, FactCheck.ofClaim((String) idScore[i], "c", null, null), (Double) idScore[i + 1], i / 2 + 1, "x"));
    }
    return new RankedList(ms, bound);
  }

  @Test
  void sumsWeightedConfidencesWithZeroForMissingDocuments() {
    RankedList bm25 = list(10, "a", 6.0, "b", 4.0);      // confidences 0.6, 0.4
    RankedList dense = list(1, "b", 0.9, "c", 0.5);      // cosines 0.9, 0.5
    RankedList fused = new WeightedScoreFusion(1.0, 2.0).fuse(POST, List.of(bm25, dense), 10);
    // b: 0.4 + 1.8 = 2.2; c: 1.0; a: 0.6
    assertThat(fused.matches()).extracting(m -> m.factCheck().id()).containsExactly("b", "c", "a");
    assertThat(fused.matches().get(0).score()).isCloseTo(2.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(fused.scoreBound()).isEqualTo(3.0);
    assertThat(fused.confidence(fused.matches().get(0))).isCloseTo(2.2 / 3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void negativeCosinesCountAsZeroAndTiesGoById() {
    RankedList dense = list(1, "z", -0.2, "y", -0.1);
    RankedList fused = new WeightedScoreFusion(1.0).fuse(POST, List.of(dense), 10);
    assertThat(fused.matches()).extracting(m -> m.factCheck().id()).containsExactly("y", "z");
  }

  @Test
  void rejectsWrongNumberOfListsAndNegativeWeights() {
    assertThatThrownBy(() -> new WeightedScoreFusion(1.0).fuse(POST, List.of(RankedList.EMPTY, RankedList.EMPTY), 5))
        .hasMessage("expected 1 ranked lists, got 2");
    assertThatThrownBy(() -> new WeightedScoreFusion(-1.0)).hasMessage("fusion weights must be >= 0, got [-1.0]");
  }

  @Test
  void retrievalModesParseFromTheirLabels() {
    assertThat(Retrieval.parse("Hybrid-RRF")).isEqualTo(Retrieval.HYBRID_RRF);
    assertThat(Retrieval.parse("hybrid")).isEqualTo(Retrieval.HYBRID);
    assertThatThrownBy(() -> Retrieval.parse("magic"))
        .hasMessage("unknown retriever 'magic'; use bm25, dense, hybrid-rrf, hybrid-wsf or hybrid");
  }
}
