package org.factdesk.model;

import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * A published fact-check: the fields of a schema.org
 * <a href="https://schema.org/ClaimReview">ClaimReview</a> plus the article's title and subtitle.
 *
 * <p>In the CheckThat! Task 2 collections a fact-check is a "verified claim" (vclaim): its claim
 * text, the Snopes article title and (2022) subtitle.
 *
 * @param id stable identifier: the collection's id (e.g. {@code vclaim-sno-...}) or, for ClaimReview
 *     markup, the review URL; never blank
 * @param claimReviewed the claim as the fact-checker stated it; may be empty when the source omits
 *     it (the reader warns)
 * @param reviewRating the verdict; may be null
 * @param url the fact-check article's URL; may be null
 * @param datePublished publication date of the review; may be null
 * @param author the fact-checking organisation; may be null
 * @param itemReviewed where the claim appeared and who made it; never null
 * @param inLanguage BCP-47 language of the review; may be null
 * @param title article headline; may be null
 * @param subtitle article subtitle or description; may be null
 */
public record FactCheck(
    String id,
    String claimReviewed,
    Rating reviewRating,
    String url,
    LocalDate datePublished,
    Organization author,
    ItemReviewed itemReviewed,
    String inLanguage,
    String title,
    String subtitle) {

  /** @throws IllegalArgumentException if {@code id} is blank */
  public FactCheck {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("fact-check id must not be blank");
    }
    claimReviewed = claimReviewed == null ? "" : claimReviewed;
    itemReviewed = itemReviewed == null ? ItemReviewed.UNKNOWN : itemReviewed;
  }

  /** A fact-check with only id, claim, title and subtitle, as in the CheckThat! collections. */
  public static FactCheck ofClaim(String id, String claimReviewed, String title, String subtitle) {
    return new FactCheck(id, claimReviewed, null, null, null, null, ItemReviewed.UNKNOWN, null, title, subtitle);
  }

  /** The text a human reads first: the claim, else the title, else the id. */
  public String headline() {
    if (!claimReviewed.isBlank()) {
      return claimReviewed;
    }
    return title != null && !title.isBlank() ? title : id;
  }

  /** Claim, title and subtitle joined by newlines, skipping blanks. */
  public String fullText() {
    StringJoiner joiner = new StringJoiner("\n");
    for (String part : new String[] {claimReviewed, title, subtitle}) {
      if (part != null && !part.isBlank()) {
        joiner.add(part);
      }
    }
    return joiner.toString();
  }
}
