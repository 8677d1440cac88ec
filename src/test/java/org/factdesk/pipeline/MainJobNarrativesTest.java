package org.factdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.match.Retrieval;
import org.factdesk.narratives.AlertRule;
import org.factdesk.narratives.BurstDetector;
import org.factdesk.narratives.ClustererSettings;
import org.factdesk.narratives.NarrativeTrends;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's claims and narratives: six posts over three days (Asia/Ho_Chi_Minh), three of them
 * copies of a claim rated "False", matched with BM25, clustered, written to matches.jsonl,
 * narratives.jsonl and report.html.
 */
class MainJobNarrativesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GATES = "Bill Gates wants to microchip everyone with vaccines.";
  private static final String TWO_CLAIMS =
      "Drinking bleach cures COVID-19 says my uncle. 5G towers spread the coronavirus in Hanoi.";
  @TempDir static Path tmp;
  static Path out;
  static String log;

  @BeforeAll
  static void run() throws Exception {
    Path fc = tmp.resolve("factchecks.json");
    Files.writeString(fc, """
        [{"@type": "ClaimReview", "url": "https://fc.example/bleach", "claimReviewed": "Drinking bleach cures COVID-19",
          "reviewRating": {"@type": "Rating", "alternateName": "False"}},
         {"@type": "ClaimReview", "url": "https://fc.example/5g", "claimReviewed": "5G towers spread the coronavirus",
          "reviewRating": {"@type": "Rating", "alternateName": "Misleading"}},
         {"@type": "ClaimReview", "url": "https://fc.example/gates", "claimReviewed": "Bill Gates wants to microchip everyone with vaccines",
          "reviewRating": {"@type": "Rating", "alternateName": "False"}},
         {"@type": "ClaimReview", "url": "https://fc.example/moon", "claimReviewed": "The moon landing was filmed in a studio"},
         {"@type": "ClaimReview", "url": "https://fc.example/earth", "claimReviewed": "The earth is flat and NASA hides it"},
         {"@type": "ClaimReview", "url": "https://fc.example/rice", "claimReviewed": "Plastic rice is sold in Vietnamese markets"},
         {"@type": "ClaimReview", "url": "https://fc.example/lemon", "claimReviewed": "Hot lemon water kills cancer cells"},
         {"@type": "ClaimReview", "url": "https://fc.example/garlic", "claimReviewed": "Eating garlic prevents infection with the new virus"},
         {"@type": "ClaimReview", "url": "https://fc.example/bank", "claimReviewed": "The central bank will withdraw old banknotes next month"}]
        """, StandardCharsets.UTF_8);
    Path posts = tmp.resolve("posts.jsonl");
    List<String> lines = new ArrayList<>();
    lines.add(post("p1", "Page A", "2026-11-01T03:00:00Z", GATES, 10, "@alice_secret"));
    lines.add(post("p2", "Page B", "2026-11-02T05:00:00Z", "Lovely weather in Hanoi today, says @bob_handle", 1, "@bob_handle"));
    lines.add(post("p3", "Page A", "2026-11-03T01:00:00Z", GATES, 5, "@carol_secret"));
    lines.add(post("p4", "Page C", "2026-11-03T16:30:00Z", GATES.toUpperCase(java.util.Locale.ROOT), 40, "@dave_secret"));
    lines.add(post("p5", "Page B", "2026-11-01T09:00:00Z", "What a match last night, our team played so well!", 2, "@erin_secret"));
    lines.add(post("p6", "Page D", "2026-11-02T10:00:00Z", TWO_CLAIMS, 3, "@frank_secret"));
    Files.write(posts, lines, StandardCharsets.UTF_8);
    out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AlertRule lenient = new AlertRule(1.0, 2, ChronoUnit.DAYS, 7, NarrativeTrends.VIETNAM);
    new MainJob(MatchingSettings.defaults(), new PrintStream(err, true, StandardCharsets.UTF_8),
        ClustererSettings.defaults(), lenient)
        .run(new RunConfig(List.of(posts), List.of(fc), out, tmp.resolve("data"), 3, false, 2, false, Retrieval.BM25, null));
    log = err.toString(StandardCharsets.UTF_8);
  }

  private static String post(String id, String source, String at, String text, int likes, String author) throws Exception {
    return JSON.writeValueAsString(java.util.Map.of("id", id, "source", source, "published_at", at, "text", text,
        "likes", likes, "author", author));
  }

  private static List<JsonNode> jsonl(Path p) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void nearDuplicateCopiesFormOneNarrativeLinkedToTheirFalseFactCheck() throws Exception {
    List<JsonNode> narratives = jsonl(out.resolve("narratives.jsonl"));
    assertThat(narratives).extracting(n -> n.get("id").asText())
        .containsExactly("n-000001", "n-000002", "n-000003", "n-000004");
    assertThat(narratives).extracting(n -> n.get("size").asInt()).containsExactly(3, 1, 1, 1);
    JsonNode n = narratives.get(0);
    assertThat(n.get("fact_check_id").asText()).isEqualTo("https://fc.example/gates");
    assertThat(n.get("verdict").asText()).isEqualTo("False");
    assertThat(n.get("first_seen").asText()).isEqualTo("2026-11-01T03:00:00Z");
    assertThat(n.get("last_seen").asText()).isEqualTo("2026-11-03T16:30:00Z");
    // 16:30Z is 23:30 on 3 November in Asia/Ho_Chi_Minh
    assertThat(n.get("counts_per_day").toString()).isEqualTo("{\"2026-11-01\":1,\"2026-11-03\":2}");
    assertThat(n.get("undated").asInt()).isZero();
    assertThat(n.get("outlets").toString()).isEqualTo(
        "[{\"outlet\":\"Page A\",\"posts\":2,\"engagement\":15},{\"outlet\":\"Page C\",\"posts\":1,\"engagement\":40}]");
    assertThat(n.get("engagement").asInt()).isEqualTo(55);
    assertThat(n.get("sample_post_ids").toString()).isEqualTo("[\"p1\",\"p3\",\"p4\"]");
    // as of 3 Nov: the 7 days before hold one post (1 Nov), and 3 Nov has two
    BurstDetector.Burst b = BurstDetector.score(new long[] {0, 0, 0, 0, 0, 1, 0}, 2);
    assertThat(n.get("rising").get("as_of").asText()).isEqualTo("2026-11-03");
    assertThat(n.get("rising").get("observed").asInt()).isEqualTo(2);
    assertThat(n.get("rising").get("p_value").asDouble()).isEqualTo(b.pValue());
    assertThat(n.get("rising").get("score").asDouble()).isEqualTo(Math.round(b.score() * 1e4) / 1e4);
    // the configured rule (score >= 1, >= 2 posts in the day) fires on 3 Nov only
    assertThat(n.get("alerts")).hasSize(1);
    assertThat(n.get("alerts").get(0).get("window_start").asText()).isEqualTo("2026-11-02T17:00:00Z");
    assertThat(n.get("alerts").get(0).get("posts_in_window").asInt()).isEqualTo(2);
    // the other posts are singletons; no fact-check is confident for them
    assertThat(narratives.subList(1, 4)).allSatisfy(o -> {
      assertThat(o.get("fact_check_id").isNull()).isTrue();
      assertThat(o.get("alerts")).isEmpty();
    });
    assertThat(log).contains("narratives: 4 (1 with two posts or more), 1 alerts");
  }

  @Test
  void eachPostHasItsClaimsAndTwoCheckWorthyClaimsAreMatchedOnTheirOwn() throws Exception {
    List<JsonNode> matches = jsonl(out.resolve("matches.jsonl"));
    assertThat(matches).extracting(m -> m.get("post_id").asText()).containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
    JsonNode p6 = matches.get(5);
    assertThat(p6.get("matches").get(0).get("fact_check_id").asText()).isEqualTo("https://fc.example/bleach");
    JsonNode c = p6.get("claims");
    assertThat(c).hasSize(2);
    assertThat(c.get(0).get("start").asInt()).isZero();
    assertThat(c.get(0).get("end").asInt()).isEqualTo(45);
    assertThat(c.get(0).get("text").asText()).isEqualTo("Drinking bleach cures COVID-19 says my uncle.");
    assertThat(c.get(1).get("start").asInt()).isEqualTo(46);
    assertThat(c.get(1).get("end").asInt()).isEqualTo(88);
    assertThat(TWO_CLAIMS.substring(46, 88)).isEqualTo(c.get(1).get("text").asText());
    assertThat(c.get(0).get("check_worthy").asBoolean()).isTrue();
    assertThat(c.get(1).get("check_worthy").asBoolean()).isTrue();
    // each claim keeps its own best match: the second sentence is the 5G fact-check, not the post's top
    assertThat(c.get(0).get("fact_check_id").asText()).isEqualTo("https://fc.example/bleach");
    assertThat(c.get(1).get("fact_check_id").asText()).isEqualTo("https://fc.example/5g");
    assertThat(c.get(1).get("band").asText()).isIn("confident", "suggested");
    // a post with one claim has it listed, without a separate match
    JsonNode p1 = matches.get(0).get("claims");
    assertThat(p1).hasSize(1);
    assertThat(p1.get(0).get("start").asInt()).isZero();
    assertThat(p1.get(0).get("end").asInt()).isEqualTo(GATES.length());
    assertThat(p1.get(0).has("fact_check_id")).isFalse();
    // offsets index the masked text as written
    JsonNode p2 = matches.get(1);
    assertThat(p2.get("claims").get(0).get("end").asInt()).isEqualTo(p2.get("text").asText().length());
  }

  @Test
  void reportShowsNarrativesWithAChartAndAlertsButNoAuthor() throws Exception {
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(html).contains("<h2>Narratives</h2>", "<h3>Top narratives by volume</h3>",
        "<h3>Top narratives by rising score</h3>", "<h2>Alerts</h2>",
        "<img src=\"data:image/png;base64,iVBORw0KGgo", // PNG signature
        "n-000001 · 3 posts · engagement 55",
        "— verdict <b>False</b>",
        "Outlets: Page A (2 posts, engagement 15), Page C (1 post, engagement 40)",
        "<span class=\"alert\">n-000001</span> rated <b>False</b>");
    for (String who : List.of("alice_secret", "bob_handle", "carol_secret", "dave_secret", "erin_secret", "frank_secret")) {
      assertThat(html).doesNotContain(who);
      assertThat(Files.readString(out.resolve("narratives.jsonl"))).doesNotContain(who);
      assertThat(Files.readString(out.resolve("matches.jsonl"))).doesNotContain(who);
    }
  }
}
