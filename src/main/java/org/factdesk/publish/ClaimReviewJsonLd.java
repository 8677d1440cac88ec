package org.factdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;

/**
 * The schema.org <a href="https://schema.org/ClaimReview">ClaimReview</a> JSON-LD of one published
 * fact-check, as Google's fact-check structured-data guidelines ask for it.
 *
 * <p>Properties written (source: Google Search Central, "Fact check (ClaimReview) structured data",
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck — required:
 * {@code claimReviewed}, {@code reviewRating}, {@code url}, and {@code Rating.alternateName};
 * recommended: {@code author}, {@code datePublished}, {@code itemReviewed}, {@code Claim.appearance},
 * {@code Claim.author}, {@code Claim.datePublished}, {@code Claim.firstAppearance}, {@code
 * Rating.bestRating/worstRating/ratingValue/name}):
 *
 * <ul>
 *   <li>{@code @context} {@code https://schema.org}, {@code @type} {@code ClaimReview}, {@code url}
 *       (the article), {@code claimReviewed}, {@code datePublished} (ISO date, UTC), {@code
 *       inLanguage}, {@code headline} (a CreativeWork property, valid on ClaimReview, not used by Google);
 *   <li>{@code author}: the desk as an {@code Organization} (name, url);
 *   <li>{@code reviewRating}: {@code Rating} with ratingValue, bestRating, worstRating, alternateName
 *       (the label readers see) and name (the same label);
 *   <li>{@code itemReviewed}: a {@code Claim} with {@code datePublished} when the first sighting is
 *       known, {@code appearance} (each URL as a {@code CreativeWork}), {@code firstAppearance} (the
 *       first of them) and {@code author} only as an {@code Organization} naming the public outlet in
 *       {@code claimOrigin} — never a person (claims, not people).
 * </ul>
 *
 * <p>Google announced it is phasing out ClaimReview rich results in Search; the markup is still read
 * by the Fact Check Explorer and other fact-check aggregators, so it stays.
 */
public final class ClaimReviewJsonLd {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimReviewJsonLd() {}

  /** The ClaimReview as a Jackson tree (one object, no {@code @graph}). */
  public static ObjectNode toJson(PublishedFactCheck fc) {
    ObjectNode root = JSON.createObjectNode();
    root.put("@context", "https://schema.org");
    root.put("@type", "ClaimReview");
    root.put("url", fc.url());
    root.put("claimReviewed", fc.claimReviewed());
    root.put("headline", fc.title());
    root.put("datePublished", fc.datePublished().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    if (fc.lang() != null && !fc.lang().isBlank()) {
      root.put("inLanguage", fc.lang());
    }
    ObjectNode author = root.putObject("author");
    author.put("@type", "Organization");
    author.put("name", fc.authorName() == null || fc.authorName().isBlank() ? "factdesk" : fc.authorName());
    if (fc.authorUrl() != null && !fc.authorUrl().isBlank()) {
      author.put("url", fc.authorUrl());
    }
    Verdict v = fc.verdict();
    ObjectNode rating = root.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("ratingValue", v.ratingValue());
    rating.put("bestRating", v.bestRating());
    rating.put("worstRating", v.worstRating());
    rating.put("alternateName", v.label());
    rating.put("name", v.label());
    ObjectNode claim = root.putObject("itemReviewed");
    claim.put("@type", "Claim");
    if (fc.claimFirstSeen() != null) {
      claim.put("datePublished", fc.claimFirstSeen().toString());
    }
    if (!fc.claimAppearances().isEmpty()) {
      ArrayNode appearance = claim.putArray("appearance");
      for (String url : fc.claimAppearances()) {
        appearance.addObject().put("@type", "CreativeWork").put("url", url);
      }
      claim.putObject("firstAppearance").put("@type", "CreativeWork").put("url", fc.claimAppearances().get(0));
    }
    if (fc.claimOrigin() != null && !fc.claimOrigin().isBlank()) {
      claim.putObject("author").put("@type", "Organization").put("name", fc.claimOrigin());
    }
    return root;
  }

  /** The ClaimReview as compact JSON text. */
  public static String toJsonString(PublishedFactCheck fc) {
    try {
      return JSON.writeValueAsString(toJson(fc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a Jackson tree", e); // cannot happen for a tree
    }
  }

  /**
   * The {@code <script type="application/ld+json">} element for the page head. {@code <}, {@code >}
   * and {@code &} inside JSON strings are written as {@code \u003c}, {@code \u003e}, {@code \u0026}
   * (the same JSON value), so a claim containing {@code </script>} or {@code <!--} cannot end or
   * alter the script element (HTML spec, "restrictions for contents of script elements").
   */
  public static String scriptTag(PublishedFactCheck fc) {
    return "<script type=\"application/ld+json\">" + escapeForScript(toJsonString(fc)) + "</script>";
  }

  /** JSON text made safe to embed verbatim in an HTML script element. */
  static String escapeForScript(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
