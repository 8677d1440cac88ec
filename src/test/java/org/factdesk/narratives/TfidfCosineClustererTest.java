package org.factdesk.narratives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfCosineClustererTest {
  @Test
  void sharedRareWordsCluster() {
    List<String> texts = List.of(
        "bill gates microchip vaccine",
        "football final tonight",
        "Bill Gates puts a microchip in every vaccine",
        "the final of the football cup is tonight",
        "pho recipe");
    assertThat(TfidfCosineClusterer.cluster(texts, 0.3)).containsExactly(0, 1, 0, 1, 2);
    assertThat(TfidfCosineClusterer.cluster(texts, 1.01)).containsExactly(0, 1, 2, 3, 4);
  }
}
