package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdesk.text.TextTokens.Kind;
import org.factdesk.text.TextTokens.Token;
import org.junit.jupiter.api.Test;

class TextTokensTest {

  @Test
  void findsEachKindWithExactSpans() {
    String s = "@nam_123 xem https://vnexpress.net/a.b.html. #VắcXin 😷👍🏽 mail a.b@vnexpress.net";
    assertThat(TextTokens.find(s)).containsExactly(
        new Token(Kind.HANDLE, 0, 8, "@nam_123"),
        new Token(Kind.URL, 13, 43, "https://vnexpress.net/a.b.html"),
        new Token(Kind.HASHTAG, 45, 52, "#VắcXin"),
        new Token(Kind.EMOJI, 53, 59, "😷👍🏽"),
        new Token(Kind.EMAIL, 65, 82, "a.b@vnexpress.net"));
  }

  @Test
  void matchingPolicy() {
    assertThat(TextTokens.forMatching(
        "@nam123 xem https://www.VnExpress.net:443/a.html?x=1 #VắcXinAnToàn 😷 (www.tuoitre.vn)."))
        .isEqualTo("xem url:vnexpress.net VắcXinAnToàn ( url:tuoitre.vn ).");
    assertThat(TextTokens.forMatching("liên hệ nguyen.van.a@gmail.com hoặc @ban_be")).isEqualTo("liên hệ hoặc");
    assertThat(TextTokens.forMatching("top #1 & C# ©2024 ™")).isEqualTo("top #1 & C# ©2024 ™");
    assertThat(TextTokens.forMatching("gia đình 👨‍👩‍👧 vui")).isEqualTo("gia đình vui");
  }

  @Test
  void hostOfUrl() {
    assertThat(TextTokens.host("https://user@WWW.Example.COM:8080/p?q#f")).isEqualTo("example.com");
    assertThat(TextTokens.host("www.tuoitre.vn")).isEqualTo("tuoitre.vn");
  }

  @Provide
  Arbitrary<String> anything() {
    return TextArbitraries.anything();
  }

  @Property(tries = 2000, seed = "20261129")
  void tokensAreInRangeAndDoNotOverlap(@ForAll("anything") String s) {
    int previousEnd = 0;
    for (Token t : TextTokens.find(s)) {
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(t.end());
      assertThat(t.text()).isEqualTo(s.substring(t.start(), t.end()));
      previousEnd = t.end();
    }
    assertThat(TextTokens.forMatching(s)).isNotNull();
  }

  /** The single pattern find() used before it skipped the alternatives a text cannot match. */
  private static final java.util.regex.Pattern ALL_ALTERNATIVES = java.util.regex.Pattern.compile(
      "(?<url>(?i:https?://|www\\.)[^\\s<>\"“”]+)"
          + "|(?<email>[\\p{L}\\p{M}\\p{N}._%+-]+@[\\p{L}\\p{M}\\p{N}-]+(?:\\.[\\p{L}\\p{M}\\p{N}-]+)*\\.\\p{L}{2,})"
          + "|(?<handle>(?<![\\p{L}\\p{M}\\p{N}_.@])@[\\p{L}\\p{M}\\p{N}_.]+)"
          + "|(?<hashtag>(?<![\\p{L}\\p{M}\\p{N}_&#])#[\\p{L}\\p{M}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*)");

  @Provide
  Arbitrary<String> withTriggers() {
    Arbitrary<String> triggers = net.jqwik.api.Arbitraries.of("@", "#", "http://", "HTTPS://x.vn/a", "hTtP",
        "www.", "WwW.a.vn", "a.b@c.vn", "@nam_1", "#VắcXin", "ｈttp://", "ｗｗｗ.", "＠", "＃", "wWw", "https:/", " ");
    return net.jqwik.api.Combinators.combine(TextArbitraries.anything(), triggers, TextArbitraries.anything(), triggers,
        TextArbitraries.anything()).as((a, t, b, u, c) -> a + t + b + u + c);
  }

  @Property(tries = 3000, seed = "20261129")
  void sameMatchesAsTheSinglePattern(@ForAll("withTriggers") String s) {
    java.util.regex.Matcher m = ALL_ALTERNATIVES.matcher(s);
    java.util.List<String> expected = new java.util.ArrayList<>();
    while (m.find()) {
      String kind = m.group("url") != null ? "URL" : m.group("email") != null ? "EMAIL"
          : m.group("handle") != null ? "HANDLE" : "HASHTAG";
      expected.add(kind + "@" + m.start());
    }
    java.util.List<String> actual = new java.util.ArrayList<>();
    for (Token t : TextTokens.find(s)) {
      if (t.kind() != Kind.EMOJI) {
        actual.add(t.kind() + "@" + t.start());
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void blankForAnalysisKeepsOffsets() {
    String raw = "@an xem https://vnexpress.net/a #HoàBình 😷 a@b.vn ok";
    OffsetMap m = TextTokens.blankForAnalysis(raw);
    assertThat(m.text()).isEqualTo("  xem   Hoà Bình     ok");
    assertThat(m.toInput(m.text().indexOf('H'))).isEqualTo(raw.indexOf('H'));
    assertThat(m.toInput(m.text().indexOf(" B"))).isEqualTo(raw.indexOf('B'));
    assertThat(m.toInput(m.text().indexOf("ok"))).isEqualTo(raw.indexOf("ok"));
    assertThat(m.toInput(m.text().length())).isEqualTo(raw.length());
  }
}
