package org.factdesk.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.index.SearchHit;
import org.factdesk.model.FactCheck;
import org.junit.jupiter.api.Test;

class StandardBm25BaselineTest {
  @Test
  void searchesClaimTitleAndSubtitleTogether() throws Exception {
    try (StandardBm25Baseline b = new StandardBm25Baseline(List.of(
        FactCheck.ofClaim("x", "Bill Gates owns the patent", "Does Gates Own a Vaccine Patent?", null),
        FactCheck.ofClaim("y", "The moon is made of cheese", null, "dairy satellites"),
        FactCheck.ofClaim("z", "The moon is made of cheese", null, null)))) {
      assertThat(b.search("vaccine patent", 5)).extracting(SearchHit::id).containsExactly("x");
      assertThat(b.search("dairy moon", 5)).extracting(SearchHit::id).containsExactly("y", "z");
      assertThat(b.search("", 5)).isEmpty();
    }
  }
}
