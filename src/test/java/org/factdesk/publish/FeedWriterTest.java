package org.factdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedWriterTest {
  private static final FeedChannel CHANNEL = new FeedChannel("factdesk — Kiểm chứng & <tin>",
      "https://desk.example/feed.rss", "https://desk.example/", "vi", "Bài kiểm chứng mới nhất");
  private static final List<PublishedFactCheck> ITEMS = List.of(PublishedFixtures.vaccine(), PublishedFixtures.tricky());

  private static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  @Test
  void rssParsesBackWithEveryItemField() throws Exception {
    String xml = FeedWriter.rss(CHANNEL, ITEMS);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(xml).contains("<guid isPermaLink=\"false\">tag:desk.example,2026-03-05:fact-check/1</guid>");
    org.jsoup.nodes.Document x = org.jsoup.Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
    assertThat(x.select("channel > atom|link[rel=self]").attr("href")).isEqualTo("https://desk.example/feed.rss");
    SyndFeed feed = parse(xml);
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getTitle()).isEqualTo("factdesk — Kiểm chứng & <tin>");
    assertThat(feed.getLink()).isEqualTo("https://desk.example/");
    assertThat(feed.getLanguage()).isEqualTo("vi");
    assertThat(feed.getEntries()).hasSize(2);
    SyndEntry e = feed.getEntries().get(0);
    assertThat(e.getTitle()).isEqualTo("Vắc-xin COVID-19 không gây vô sinh");
    assertThat(e.getLink()).isEqualTo("https://desk.example/fact-checks/vac-xin-gay-vo-sinh");
    assertThat(e.getUri()).isEqualTo("tag:desk.example,2026-03-05:fact-check/1");
    assertThat(e.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2026-03-05T02:30:00Z"));
    assertThat(e.getDescription().getValue()).isEqualTo("Sai — Không có bằng chứng nào cho thấy vắc-xin gây vô sinh.");
    assertThat(e.getCategories()).extracting(SyndCategory::getName).containsExactly("Sai", "suc-khoe");
  }

  @Test
  void atomParsesBackWithIdsDatesAndSelfLink() throws Exception {
    String xml = FeedWriter.atom(CHANNEL, ITEMS);
    SyndFeed feed = parse(xml);
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("factdesk — Kiểm chứng & <tin>");
    assertThat(feed.getLinks()).anySatisfy(l -> {
      assertThat(l.getRel()).isEqualTo("self");
      assertThat(l.getHref()).isEqualTo("https://desk.example/feed.rss");
    });
    SyndEntry e = feed.getEntries().get(0);
    assertThat(e.getUri()).isEqualTo("tag:desk.example,2026-03-05:fact-check/1");
    assertThat(e.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2026-03-05T02:30:00Z"));
    assertThat(e.getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2026-03-06T08:00:00Z"));
    assertThat(e.getLink()).isEqualTo("https://desk.example/fact-checks/vac-xin-gay-vo-sinh");
    assertThat(e.getCategories()).extracting(SyndCategory::getName).containsExactly("Sai", "suc-khoe");
    assertThat(feed.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2026-03-06T08:00:00Z"));
  }

  @Test
  void markupCharactersAreEscapedAndComeBackAsText() throws Exception {
    for (String xml : List.of(FeedWriter.rss(CHANNEL, ITEMS), FeedWriter.atom(CHANNEL, ITEMS))) {
      assertThat(xml).doesNotContain("<towers>").doesNotContain("<b>misleading").doesNotContain("& \"");
      SyndEntry e = parse(xml).getEntries().get(1);
      assertThat(e.getTitle()).isEqualTo("5G <towers> & \"the virus\"");
      assertThat(e.getDescription().getValue()).isEqualTo("Misleading — Rated <b>misleading</b> & more");
    }
  }

  @Test
  void idStaysTheSameAcrossRevisions() {
    PublishedFactCheck v1 = PublishedFixtures.vaccine();
    PublishedFactCheck v2 = new PublishedFactCheck(v1.id(), "vac-xin-khong-gay-vo-sinh", v1.url(), v1.lang(),
        v1.category(), "Tiêu đề mới", v1.summary(), v1.bodyMarkdown(), v1.claimReviewed(), v1.claimAppearances(),
        v1.claimFirstSeen(), v1.claimOrigin(), v1.verdict(), v1.sources(), v1.authorName(), v1.authorUrl(),
        v1.datePublished(), Instant.parse("2026-04-01T00:00:00Z"), v1.featured(), 3);
    assertThat(FeedWriter.itemId(CHANNEL, v2)).isEqualTo(FeedWriter.itemId(CHANNEL, v1));
  }

  @Test
  void jsonFeedHasRequiredFieldsAndRoundTrips() throws Exception {
    JsonNode feed = new ObjectMapper().readTree(FeedWriter.jsonFeed(CHANNEL, ITEMS));
    assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.path("title").asText()).isEqualTo("factdesk — Kiểm chứng & <tin>");
    assertThat(feed.path("feed_url").asText()).isEqualTo("https://desk.example/feed.rss");
    assertThat(feed.path("home_page_url").asText()).isEqualTo("https://desk.example/");
    JsonNode items = feed.path("items");
    assertThat(items).hasSize(2);
    for (JsonNode item : items) { // JSON Feed 1.1: id required, and content_html or content_text
      assertThat(item.path("id").isTextual()).isTrue();
      assertThat(item.has("content_html") || item.has("content_text")).isTrue();
    }
    JsonNode first = items.get(0);
    assertThat(first.path("id").asText()).isEqualTo("tag:desk.example,2026-03-05:fact-check/1");
    assertThat(first.path("date_published").asText()).isEqualTo("2026-03-05T02:30:00Z");
    assertThat(first.path("date_modified").asText()).isEqualTo("2026-03-06T08:00:00Z");
    assertThat(first.path("summary").asText()).startsWith("Sai — ");
    assertThat(first.path("tags")).extracting(JsonNode::asText).containsExactly("Sai", "suc-khoe");
    assertThat(first.path("_claim_review").path("verdict").asText()).isEqualTo("false");
    assertThat(first.path("_claim_review").path("claim_reviewed").asText()).isEqualTo("Vắc-xin COVID-19 gây vô sinh ở phụ nữ");
    assertThat(items.get(1).path("title").asText()).isEqualTo("5G <towers> & \"the virus\"");
    assertThat(items.get(1).has("authors")).isTrue();
  }

  @Test
  void articleBodyTravelsAsEscapedHtml() throws Exception {
    PublishedFactCheck v = PublishedFixtures.vaccine();
    PublishedFactCheck xss = new PublishedFactCheck(7, "xss", "https://desk.example/fact-checks/xss", "en", null, "t",
        "", "Hi <script>alert(1)</script> [x](javascript:alert(2))", "c", List.of(), null, null, v.verdict(), List.of(),
        "factdesk", null, v.datePublished(), null, false, 1);
    for (String xml : List.of(FeedWriter.rss(CHANNEL, List.of(v, xss)), FeedWriter.atom(CHANNEL, List.of(v, xss)))) {
      List<SyndEntry> entries = parse(xml).getEntries();
      assertThat(entries.get(0).getContents().get(0).getValue().strip())
          .isEqualTo("<h2>Kết luận</h2>\n<p>Tuyên bố <strong>sai</strong>.</p>");
      String body = entries.get(1).getContents().get(0).getValue();
      assertThat(body).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("javascript:");
    }
    JsonNode items = new ObjectMapper().readTree(FeedWriter.jsonFeed(CHANNEL, List.of(v, xss))).path("items");
    assertThat(items.get(0).path("content_html").asText()).startsWith("<h2>Kết luận</h2>");
    assertThat(items.get(1).path("content_html").asText()).doesNotContain("<script").doesNotContain("javascript:");
    assertThat(FeedWriter.jsonFeed(CHANNEL, List.of(PublishedFixtures.tricky()))).doesNotContain("content_html");
  }

  @Test
  void emptyListGivesAValidEmptyFeed() throws Exception {
    assertThat(parse(FeedWriter.rss(CHANNEL, List.of())).getEntries()).isEmpty();
    assertThat(parse(FeedWriter.atom(CHANNEL, List.of())).getEntries()).isEmpty();
    assertThat(new ObjectMapper().readTree(FeedWriter.jsonFeed(CHANNEL, List.of())).path("items")).isEmpty();
  }

  @Test
  void channelRejectsRelativeUrls() {
    assertThatThrownBy(() -> new FeedChannel("t", "/feed.rss", "https://desk.example/", "vi", ""))
        .hasMessageContaining("selfUrl");
  }
}
