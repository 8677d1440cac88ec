package org.factdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClaimReviewJsonLdTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The checks of Google's "Fact check (ClaimReview) structured data" guidelines
   * (developers.google.com/search/docs/appearance/structured-data/factcheck): required claimReviewed,
   * reviewRating (with alternateName), url; recommended author, datePublished, itemReviewed (Claim with
   * appearance/author/datePublished), Rating bestRating/worstRating/ratingValue/name.
   *
   * @return the problems found; empty when valid
   */
  static List<String> googleProblems(JsonNode n, boolean expectRecommended) {
    List<String> p = new ArrayList<>();
    if (!"https://schema.org".equals(n.path("@context").asText())) {
      p.add("@context");
    }
    if (!"ClaimReview".equals(n.path("@type").asText())) {
      p.add("@type");
    }
    if (!n.path("claimReviewed").isTextual() || n.path("claimReviewed").asText().isBlank()) {
      p.add("claimReviewed");
    }
    if (!isHttpUrl(n.path("url"))) {
      p.add("url");
    }
    JsonNode r = n.path("reviewRating");
    if (!"Rating".equals(r.path("@type").asText())) {
      p.add("reviewRating.@type");
    }
    if (!r.path("alternateName").isTextual() || r.path("alternateName").asText().isBlank()) {
      p.add("reviewRating.alternateName");
    }
    if (r.has("ratingValue")) {
      if (!r.path("ratingValue").isNumber() || !r.path("bestRating").isNumber() || !r.path("worstRating").isNumber()) {
        p.add("reviewRating numbers");
      } else if (r.path("ratingValue").asDouble() < r.path("worstRating").asDouble()
          || r.path("ratingValue").asDouble() > r.path("bestRating").asDouble()) {
        p.add("reviewRating.ratingValue outside the scale");
      }
    }
    if (expectRecommended) {
      JsonNode a = n.path("author");
      if (!"Organization".equals(a.path("@type").asText()) || a.path("name").asText().isBlank()) {
        p.add("author");
      }
      try {
        LocalDate.parse(n.path("datePublished").asText());
      } catch (RuntimeException e) {
        p.add("datePublished");
      }
      JsonNode claim = n.path("itemReviewed");
      if (!"Claim".equals(claim.path("@type").asText())) {
        p.add("itemReviewed.@type");
      }
      for (JsonNode app : claim.path("appearance")) {
        if (!"CreativeWork".equals(app.path("@type").asText()) || !isHttpUrl(app.path("url"))) {
          p.add("itemReviewed.appearance");
        }
      }
      if (claim.has("author") && !"Organization".equals(claim.path("author").path("@type").asText())) {
        p.add("itemReviewed.author must be an Organization");
      }
    }
    n.findValues("@type").forEach(t -> {
      if ("Person".equals(t.asText())) {
        p.add("a Person is named");
      }
    });
    return p;
  }

  private static boolean isHttpUrl(JsonNode n) {
    if (!n.isTextual()) {
      return false;
    }
    URI u = URI.create(n.asText());
    return u.isAbsolute() && ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
  }

  @Test
  void fullFactCheckHasEveryRequiredAndRecommendedProperty() {
    JsonNode n = ClaimReviewJsonLd.toJson(PublishedFixtures.vaccine());
    assertThat(googleProblems(n, true)).isEmpty();
    assertThat(n.path("datePublished").asText()).isEqualTo("2026-03-05");
    assertThat(n.path("inLanguage").asText()).isEqualTo("vi");
    assertThat(n.path("headline").asText()).isEqualTo("Vắc-xin COVID-19 không gây vô sinh");
    assertThat(n.path("reviewRating").path("alternateName").asText()).isEqualTo("Sai");
    assertThat(n.path("reviewRating").path("ratingValue").asInt()).isEqualTo(1);
    assertThat(n.path("author").path("url").asText()).isEqualTo("https://desk.example/");
    JsonNode claim = n.path("itemReviewed");
    assertThat(claim.path("datePublished").asText()).isEqualTo("2026-03-02");
    assertThat(claim.path("appearance")).hasSize(2);
    assertThat(claim.path("appearance").get(1).path("url").asText()).isEqualTo("https://news.example/a/9");
    assertThat(claim.path("author").path("name").asText()).isEqualTo("Trang tin Sức khoẻ 24h");
  }

  @Test
  void optionalClaimFieldsAreLeftOutNotNulled() {
    JsonNode n = ClaimReviewJsonLd.toJson(PublishedFixtures.tricky());
    assertThat(googleProblems(n, true)).isEmpty();
    JsonNode claim = n.path("itemReviewed");
    assertThat(claim.has("author")).isFalse();
    assertThat(claim.has("appearance")).isFalse();
    assertThat(claim.has("datePublished")).isFalse();
    assertThat(n.path("author").has("url")).isFalse();
    assertThat(n.toString()).doesNotContain("null");
  }

  @Test
  void validatorRejectsMissingAlternateNameAndPersonAuthors() throws Exception {
    JsonNode bad = JSON.readTree("""
        {"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"x","url":"https://a.example/x",
         "reviewRating":{"@type":"Rating","ratingValue":9,"bestRating":5,"worstRating":1},
         "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"someone"}}}""");
    assertThat(googleProblems(bad, true)).contains("reviewRating.alternateName",
        "reviewRating.ratingValue outside the scale", "author", "itemReviewed.author must be an Organization",
        "a Person is named");
  }

  @Test
  void scriptTagCannotBeBrokenOutOfAndRoundTrips() throws Exception {
    PublishedFactCheck fc = PublishedFixtures.tricky();
    String tag = ClaimReviewJsonLd.scriptTag(fc);
    assertThat(tag).startsWith("<script type=\"application/ld+json\">").endsWith("</script>");
    assertThat(tag.indexOf("</")).isEqualTo(tag.length() - "</script>".length());
    assertThat(tag).doesNotContain("<!--");
    Document doc = Jsoup.parse("<html><head>" + tag + "</head><body></body></html>");
    List<Element> scripts = doc.select("script");
    assertThat(scripts).hasSize(1);
    JsonNode back = JSON.readTree(scripts.get(0).data());
    assertThat(back.path("claimReviewed").asText()).isEqualTo(fc.claimReviewed());
    assertThat(back.path("headline").asText()).isEqualTo("5G <towers> & \"the virus\"");
    assertThat(googleProblems(back, true)).isEmpty();
  }

  @Test
  void vietnameseTextSurvivesTheScriptTag() throws Exception {
    PublishedFactCheck fc = PublishedFixtures.vaccine();
    Document doc = Jsoup.parse(ClaimReviewJsonLd.scriptTag(fc));
    JsonNode back = JSON.readTree(doc.select("script").get(0).data());
    assertThat(back.path("claimReviewed").asText()).isEqualTo("Vắc-xin COVID-19 gây vô sinh ở phụ nữ");
  }
}
