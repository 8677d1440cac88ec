package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Match;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {
  private static final Post POST = Post.of("p", "text");

  private static RankedList list(String tag, String... ids) {
    List<Match> ms = new java.util.ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      ms.add(new Match(POST, FactCheck.ofClaim(ids[i], ids[i], null, null), 10 - i, i + 1, tag));
    }
    return new RankedList(ms, 20);
  }

  @Test
  void sumsReciprocalRanksAndBreaksTiesById() {
    RankedList fused = new ReciprocalRankFusion(60).fuse(POST, List.of(list("bm25", "a", "b", "c"), list("dense", "c", "b", "d")), 10);
    // b: 1/62 + 1/62; a: 1/61; c: 1/63 + 1/61; d: 1/63
    assertThat(fused.matches()).extracting(m -> m.factCheck().id()).containsExactly("c", "b", "a", "d");
    assertThat(fused.matches().get(0).score()).isEqualTo(1.0 / 63 + 1.0 / 61);
    assertThat(fused.matches()).extracting(Match::retriever).containsOnly("rrf");
    assertThat(fused.matches()).extracting(Match::rank).containsExactly(1, 2, 3, 4);
    assertThat(fused.scoreBound()).isEqualTo(2.0 / 61);
  }

  @Test
  void aSingleListPassesThroughWithItsScores() {
    RankedList one = list("bm25", "a", "b", "c");
    RankedList fused = new ReciprocalRankFusion(60).fuse(POST, List.of(one), 2);
    assertThat(fused.matches()).containsExactlyElementsOf(one.matches().subList(0, 2));
    assertThat(fused.scoreBound()).isEqualTo(20);
  }

  @Test
  void rejectsNonPositiveConstant() {
    assertThatThrownBy(() -> new ReciprocalRankFusion(0)).hasMessage("RRF constant must be >= 1, got 0");
  }
}
