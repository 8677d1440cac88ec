package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Organization;
import org.factdesk.model.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReviewReaderTest {
  @TempDir Path dir;
  private final ClaimReviewReader reader = new ClaimReviewReader();

  private static final String FULL =
      "{\"@context\": \"https://schema.org\", \"@type\": [\"ClaimReview\"], \"url\": \"https://fc.example/1\","
          + " \"claimReviewed\": \"Vắc xin gây vô sinh\", \"datePublished\": \"2024-05-01\", \"inLanguage\": \"vi\","
          + " \"name\": \"Không, vắc xin không gây vô sinh\", \"description\": \"Giải thích\","
          + " \"author\": [{\"@type\": \"Organization\", \"name\": \"Fact Desk\", \"url\": \"https://fc.example\"}],"
          + " \"reviewRating\": {\"@type\": \"Rating\", \"ratingValue\": \"1\", \"bestRating\": 5, \"worstRating\": \"1\", \"alternateName\": \"Sai\"},"
          + " \"itemReviewed\": {\"@type\": \"Claim\", \"author\": {\"@type\": \"Person\", \"name\": \"A public figure\"},"
          + " \"appearance\": [\"https://social.example/p/1\", {\"@type\": \"CreativeWork\", \"url\": \"https://social.example/p/2\"}],"
          + " \"firstAppearance\": {\"url\": \"https://social.example/p/1\"}}}";

  private static final FactCheck FULL_FC =
      new FactCheck("https://fc.example/1", "Vắc xin gây vô sinh", new Rating(1.0, 5.0, 1.0, "Sai"), "https://fc.example/1",
          LocalDate.of(2024, 5, 1), new Organization("Fact Desk", "https://fc.example"),
          new ItemReviewed(List.of("https://social.example/p/1", "https://social.example/p/2"), "https://social.example/p/1",
              "A public figure"),
          "vi", "Không, vắc xin không gây vô sinh", "Giải thích");

  @Test
  void readsAnArrayKeepingReviewsWithoutClaimAndRejectingEmptyOnes() throws Exception {
    Path file =
        Fixtures.write(
            dir,
            "reviews.json",
            "[" + FULL + ",\n"
                + "{\"@type\": \"ClaimReview\", \"author\": \"Someone\"},\n"
                + "{\"@type\": \"http://schema.org/ClaimReview\", \"@id\": \"#r3\", \"headline\": \"Headline only\", \"datePublished\": \"soon\"},\n"
                + "{\"@type\": \"WebPage\"}]");
    var result = Fixtures.read(reader, file);
    String f = file.toString();

    assertThat(result.records())
        .containsExactly(
            FULL_FC,
            new FactCheck("#r3", "", null, null, null, null, ItemReviewed.UNKNOWN, null, "Headline only", null));
    assertThat(result.quarantine().rejections())
        .containsExactly(
            new Rejection(f, 0, "/1", "no url, claimReviewed or title", "{\"@type\":\"ClaimReview\",\"author\":\"Someone\"}"),
            new Rejection(f, 0, "/3", "not a ClaimReview or Fact Check Tools claim", "{\"@type\":\"WebPage\"}"));
    assertThat(result.quarantine().warnings())
        .containsExactly(f + ": /2: missing claimReviewed", f + ": /2: unparseable date: \"soon\"");
    assertThat(result.stats()).isEqualTo(new ReadStats(4, 2, 2, 1));
  }

  @Test
  void readsAGraphWrapperAndGivesSyntheticIds() throws Exception {
    Path file =
        Fixtures.write(
            dir,
            "page.jsonld",
            "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\"},"
                + " {\"@type\": \"ClaimReview\", \"claimReviewed\": \"No url here\", \"author\": \"Desk\","
                + " \"reviewRating\": [{\"ratingValue\": 2, \"alternateName\": \"Mostly false\"}]}]}");
    var result = Fixtures.read(reader, file);
    assertThat(result.records())
        .containsExactly(
            new FactCheck("page.jsonld#1", "No url here", new Rating(2.0, null, null, "Mostly false"), null, null,
                new Organization("Desk", null), ItemReviewed.UNKNOWN, null, null, null));
    assertThat(result.stats()).isEqualTo(new ReadStats(1, 1, 0, 0));
  }

  @Test
  void readsEveryLdJsonScriptOfAnHtmlPageAndRejectsOnlyTheBrokenOne() throws Exception {
    Path file =
        Fixtures.write(
            dir,
            "article.html",
            "<!doctype html>\n<html><head>\n"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>\n"
                + "<script type=\"application/ld+json\">" + FULL + "</script>\n"
                + "<script type=\"application/ld+json\">{\"@type\": \"ClaimReview\", \"url\": </script>\n"
                + "<script>var x = 1;</script>\n"
                + "<script type=\"application/ld+json\">[{\"@type\": \"ClaimReview\", \"url\": \"https://fc.example/2\","
                + " \"claimReviewed\": \"Second\"}]</script>\n"
                + "</head><body></body></html>\n");
    var result = Fixtures.read(reader, file);

    assertThat(result.records()).extracting(FactCheck::id).containsExactly("https://fc.example/1", "https://fc.example/2");
    assertThat(result.records().get(0)).isEqualTo(FULL_FC);
    assertThat(result.quarantine().rejections())
        .extracting(Rejection::file, Rejection::line, Rejection::field, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(file.toString(), 5L, "script 3",
                "invalid JSON: Unexpected end-of-input within/between Object entries"));
    assertThat(result.stats()).isEqualTo(new ReadStats(3, 2, 1, 0));
  }

  @Test
  void readsTheFactCheckToolsApiResponse() throws Exception {
    Path file =
        Fixtures.write(
            dir,
            "search.json",
            "{\"claims\": [{\"text\": \"Claim one\", \"claimant\": \"x.com\", \"claimReview\": ["
                + "{\"publisher\": {\"name\": \"مسبار\", \"site\": \"misbar.com\"}, \"url\": \"https://misbar.example/1\","
                + " \"title\": \"T1\", \"reviewDate\": \"2025-04-28T19:23:46Z\", \"textualRating\": \"misleading\", \"languageCode\": \"ar\"},"
                + "{\"url\": \"https://afp.example/1\", \"textualRating\": \"False\"}]},"
                + " {\"text\": \"No reviews\"}], \"nextPageToken\": \"abc\"}");
    var result = Fixtures.read(reader, file);

    assertThat(result.records())
        .containsExactly(
            new FactCheck("https://misbar.example/1", "Claim one", Rating.textual("misleading"), "https://misbar.example/1",
                LocalDate.of(2025, 4, 28), new Organization("مسبار", "misbar.com"), new ItemReviewed(List.of(), null, "x.com"),
                "ar", "T1", null),
            new FactCheck("https://afp.example/1", "Claim one", Rating.textual("False"), "https://afp.example/1", null, null,
                new ItemReviewed(List.of(), null, "x.com"), null, null, null));
    assertThat(result.quarantine().rejections())
        .containsExactly(new Rejection(file.toString(), 0, "/claims/1", "claim has no claimReview", "{\"text\":\"No reviews\"}"));
    assertThat(result.stats()).isEqualTo(new ReadStats(3, 2, 1, 0));
  }

  @Test
  void brokenJsonAndInvalidUtf8RejectTheWholeFile() throws Exception {
    Path broken = Fixtures.write(dir, "broken.json", "[\n{\"@type\": \"ClaimReview\",\n \"url\" \"x\"}]");
    var b = Fixtures.read(reader, broken);
    assertThat(b.quarantine().rejections())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L,
            "invalid JSON: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name and value"));
    assertThat(b.stats()).isEqualTo(new ReadStats(1, 0, 1, 0));

    Path bad = Fixtures.writeBytes(dir, "bad.json", "[\n{\"claimReviewed\": \"", Fixtures.BAD_UTF8, "\"}]");
    assertThat(Fixtures.read(reader, bad).quarantine().rejections())
        .containsExactly(new Rejection(bad.toString(), 2, null, "invalid UTF-8", null));
  }

  @Test
  void readsTheGoogleFactCheckSample() throws Exception {
    Path file = Fixtures.sharedData("google-factcheck-api-claimreview-sample-ar", "claim_reviews.json");
    var result = Fixtures.read(reader, file);
    // README: 1,762 claims = 1,750 with one review + 10 with two + 2 with three
    assertThat(result.stats()).isEqualTo(new ReadStats(1750 + 10 * 2 + 2 * 3, 1776, 0, 0));
    assertThat(result.records().stream().filter(fc -> "ar".equals(fc.inLanguage()))).hasSize(1736);
  }
}
