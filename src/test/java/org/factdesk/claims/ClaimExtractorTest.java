package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdesk.model.Post;
import org.factdesk.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** Exact spans with a stub scorer (0.9 with a digit, else 0.1; threshold 0.5). */
class ClaimExtractorTest {
  private static final CheckWorthinessScorer DIGITS = new CheckWorthinessScorer() {
    @Override
    public double score(String sentence) {
      return sentence.chars().anyMatch(Character::isDigit) ? 0.9 : 0.1;
    }

    @Override
    public double threshold() {
      return 0.5;
    }

    @Override
    public String name() {
      return "digits";
    }
  };

  private final ClaimExtractor extractor = new ClaimExtractor(DIGITS, SentenceSplitter.create());

  @Test
  void vietnamesePostWithExactOffsetsAndALinkOnlyParagraphSkipped() {
    String text = "Tôi nghĩ vậy. Bộ Y tế cho biết 5 ca tử vong.\n\nhttps://t.co/x\n\nChia sẻ ngay!";
    List<Claim> claims = extractor.extract(new Post("p1", null, null, null, text, "vi", null, null));
    assertThat(claims).containsExactly(
        new Claim("p1", 0, 0, 13, "Tôi nghĩ vậy.", 0.1, false),
        new Claim("p1", 1, 14, 44, "Bộ Y tế cho biết 5 ca tử vong.", 0.9, true),
        new Claim("p1", 3, 62, 75, "Chia sẻ ngay!", 0.1, false));
    claims.forEach(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text()));
  }

  @Test
  void englishTweetWithSurrogatePairsAndAnEmojiOnlyTail() {
    String text = "5G towers cause coronavirus. Is that true?? 😂😂 @bob";
    assertThat(extractor.extract("t1", text)).containsExactly(
        new Claim("t1", 0, 0, 28, "5G towers cause coronavirus.", 0.9, true),
        new Claim("t1", 1, 29, 43, "Is that true??", 0.1, false));
  }

  @Test
  void emptyPostHasNoClaims() {
    assertThat(extractor.extract(Post.of("e", ""))).isEmpty();
    assertThat(extractor.extract(Post.of("e", " \n\n 😂 "))).isEmpty();
  }

  @Test
  void claimRejectsSpansThatDoNotFitTheText() {
    assertThatThrownBy(() -> new Claim("p", 0, 3, 5, "abc", 0.5, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Claim("p", 0, 0, 3, "abc", 1.5, true)).isInstanceOf(IllegalArgumentException.class);
  }
}
