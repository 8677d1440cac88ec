package org.factdesk.narratives;

import java.util.Comparator;

/**
 * Reach of a narrative through one public page/outlet (never a private person).
 *
 * @param outlet the post's {@code source} (public page, outlet or feed); {@code (unknown)} when none
 * @param posts posts of the narrative from it
 * @param engagement their summed likes + shares + comments
 */
public record OutletReach(String outlet, long posts, long engagement) {
  /** Label of posts without a source. */
  public static final String UNKNOWN = "(unknown)";

  /** Most posts first, then most engagement, then outlet name. */
  public static final Comparator<OutletReach> LARGEST_FIRST = Comparator.comparingLong(OutletReach::posts).reversed()
      .thenComparing(Comparator.comparingLong(OutletReach::engagement).reversed())
      .thenComparing(OutletReach::outlet);
}
