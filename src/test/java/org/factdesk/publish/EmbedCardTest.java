package org.factdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EmbedCardTest {
  @Test
  void cardIsSelfContainedAndLinksOutSafely() {
    PublishedFactCheck fc = PublishedFixtures.vaccine();
    Document doc = Jsoup.parse(EmbedCard.html(fc));
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("link, img, iframe, [src]")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select(".badge").text()).isEqualTo("Sai");
    assertThat(doc.select("h1 a").text()).isEqualTo("Vắc-xin COVID-19 không gây vô sinh");
    for (Element a : doc.select("a")) {
      assertThat(a.attr("href")).isEqualTo(fc.url());
      assertThat(a.attr("target")).isEqualTo("_blank");
      assertThat(a.attr("rel")).isEqualTo("noopener");
    }
    assertThat(doc.select("html").attr("lang")).isEqualTo("vi");
    assertThat(doc.select(".meta").text()).contains("05/03/2026").contains("Đọc bài kiểm chứng");
  }

  @Test
  void everyTextIsEscaped() {
    PublishedFactCheck fc = PublishedFixtures.tricky();
    String html = EmbedCard.html(fc);
    assertThat(html).doesNotContain("<towers>").doesNotContain("<script>alert");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, towers")).isEmpty();
    assertThat(doc.select("h1 a").text()).isEqualTo("5G <towers> & \"the virus\"");
    assertThat(doc.select(".claim").text()).isEqualTo("Claim: " + fc.claimReviewed());
  }

  @Test
  void snippetIsOneIframeWithEscapedAttributes() {
    PublishedFactCheck fc = PublishedFixtures.tricky();
    String snippet = EmbedCard.iframeSnippet("https://desk.example/embed/five-g-towers", fc);
    Document doc = Jsoup.parseBodyFragment(snippet);
    assertThat(doc.body().children()).hasSize(1);
    Element iframe = doc.selectFirst("iframe");
    assertThat(iframe.attr("src")).isEqualTo("https://desk.example/embed/five-g-towers");
    assertThat(iframe.attr("title")).isEqualTo(fc.title());
    assertThat(iframe.attr("sandbox")).contains("allow-popups");
  }

  @Test
  void badgeColourFollowsThePositionOnTheScale() {
    assertThat(EmbedCard.badgeColour(new Verdict("false", "Sai", 1, 1, 5))).isEqualTo("#b3261e");
    assertThat(EmbedCard.badgeColour(new Verdict("misleading", "Gây hiểu lầm", 3, 1, 5))).isEqualTo("#a15c00");
    assertThat(EmbedCard.badgeColour(new Verdict("true", "Đúng", 5, 1, 5))).isEqualTo("#1b6e35");
  }
}
