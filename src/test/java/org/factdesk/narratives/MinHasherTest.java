package org.factdesk.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private final MinHasher h = MinHasher.DEFAULT;

  @Test
  void tokensAreNormalisedAndFolded() {
    assertThat(MinHasher.tokens("Vắc-xin GÂY vô sinh!! 👉 https://t.co/x @someone"))
        .containsExactly("vac", "xin", "gay", "vo", "sinh");
    assertThat(MinHasher.tokens("  ")).isEmpty();
  }

  @Test
  void shinglesAreRunsOfKTokens() {
    assertThat(h.shingles("a b c a b")).containsExactly("a b", "b c", "c a");
    assertThat(new MinHasher(16, 3, 1).shingles("one two")).containsExactly("one two");
    assertThat(h.shingles("")).isEmpty();
  }

  @Test
  void decorationDiacriticsAndCaseDoNotChangeTheSignature() {
    long[] a = h.signature("Vắc xin Covid gây vô sinh ở phụ nữ");
    long[] b = h.signature("vac xin covid gay vo sinh o phu nu 👇👇 https://example.com");
    assertThat(b).containsExactly(a);
    assertThat(MinHasher.jaccard(a, b)).isEqualTo(1.0);
  }

  @Test
  void sameSeedSameSignatureOtherSeedOther() {
    String t = "the vaccine causes infertility in women";
    assertThat(new MinHasher(128, 2, 6).signature(t)).containsExactly(h.signature(t));
    assertThat(new MinHasher(128, 2, 7).signature(t)).isNotEqualTo(h.signature(t));
  }

  @Test
  void estimateIsCloseToTheExactJaccard() {
    String a = "the new vaccine causes infertility in young women says a report";
    String b = "the new vaccine causes infertility in young men says a report";
    // 11 tokens, 10 2-shingles each, 8 shared ("young women"/"women says" vs "young men"/"men says") → 8 / 12
    Set<String> sa = h.shingles(a);
    Set<String> sb = h.shingles(b);
    assertThat(MinHasher.exactJaccard(sa, sb)).isEqualTo(8 / 12.0);
    // standard error sqrt(J(1-J)/128) ≈ 0.042: three of them
    assertThat(MinHasher.jaccard(h.signature(a), h.signature(b))).isCloseTo(8 / 12.0, within(0.125));
    assertThat(MinHasher.jaccard(h.signature(a), h.signature("completely unrelated words about football scores"))).isLessThan(0.05);
  }

  @Test
  void emptyTextMatchesNothing() {
    assertThat(MinHasher.jaccard(h.signature(""), h.signature(""))).isEqualTo(0.0);
    assertThatThrownBy(() -> MinHasher.jaccard(new long[2], new long[3])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MinHasher(0, 2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lshFindsNearDuplicatesInInsertionOrder() {
    LshIndex lsh = new LshIndex(32, 4);
    lsh.add(h.signature("the vaccine causes infertility in women"));
    lsh.add(h.signature("football scores from last night"));
    lsh.add(h.signature("The vaccine causes infertility in women!"));
    assertThat(lsh.size()).isEqualTo(3);
    assertThat(lsh.candidates(h.signature("the vaccine causes infertility in women https://x.y"))).isEqualTo(List.of(0, 2));
    assertThat(lsh.candidates(h.signature("a recipe for pho with beef"))).isEmpty();
    assertThatThrownBy(() -> lsh.add(new long[10])).isInstanceOf(IllegalArgumentException.class);
  }
}
