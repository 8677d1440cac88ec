package org.factdesk.model;

import java.util.List;

/**
 * What a fact-check reviewed: schema.org {@code ClaimReview.itemReviewed}, a {@code Claim}.
 *
 * @param appearanceUrls URLs where the claim appeared ({@code Claim.appearance}); never null
 * @param firstAppearance URL of the first known appearance; may be null
 * @param author who made the claim, as published (a public figure, outlet or "social media"); may
 *     be null
 */
public record ItemReviewed(List<String> appearanceUrls, String firstAppearance, String author) {
  /** Nothing known about the reviewed item. */
  public static final ItemReviewed UNKNOWN = new ItemReviewed(List.of(), null, null);

  public ItemReviewed {
    appearanceUrls = appearanceUrls == null ? List.of() : List.copyOf(appearanceUrls);
  }
}
