package org.factdesk.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchAnalyzerTest {

  @Test
  void dropsUrlsHandlesStopWordsAndStems() {
    assertThat(TokenLists.analyze(new MatchAnalyzer(), "f",
        "Obama's 122 detainees are released https://t.co/yoEOL6vXBm pic.twitter.com/OPdkueC45h @PaulW"))
        .containsExactly("obama", "122", "detaine", "releas");
  }

  @Test
  void keepsDisplayNameButNotHandleOfTweetSignature() {
    assertThat(TokenLists.analyze(new MatchAnalyzer(), "f", "— Morgan Fairchild (@morgfair) February 25, 2016"))
        .containsExactly("morgan", "fairchild", "februari", "25", "2016");
  }

  @Test
  void emailLikeAtSignInsideWordIsNotAHandle() {
    assertThat(TokenLists.analyze(new MatchAnalyzer(MatchAnalyzer.Stemmer.NONE), "f", "info@example.org"))
        .containsExactly("info", "example.org");
  }

  @Test
  void foldsAccentsAndCanSkipStemming() {
    assertThat(TokenLists.analyze(new MatchAnalyzer(MatchAnalyzer.Stemmer.NONE, false), "f", "Café THE vaccines"))
        .containsExactly("cafe", "the", "vaccines");
  }

  @Test
  void idNamesTheChain() {
    assertThat(new MatchAnalyzer().id()).isEqualTo("en-std-poss-lower-fold-stop-porter-v1");
    assertThat(new MatchAnalyzer(MatchAnalyzer.Stemmer.KSTEM, false).id()).isEqualTo("en-std-poss-lower-fold-kstem-v1");
  }

  @Test
  void emptyAndNullGiveNoTokens() {
    assertThat(TokenLists.analyze(new MatchAnalyzer(), "f", "")).isEmpty();
    assertThat(TokenLists.analyze(new MatchAnalyzer(), "f", null)).isEmpty();
    assertThat(TokenLists.analyze(new MatchAnalyzer(), "f", "the a an https://x.y")).isEmpty();
  }
}
