package org.factdesk.narratives;

import java.util.List;

/**
 * A snapshot of one narrative: posts that say the same thing.
 *
 * @param id stable id, {@code n-000001} for the first narrative started
 * @param posts members in the order assigned
 * @param factCheck the linked fact-check and its verdict; null when none is linked
 */
public record Narrative(String id, List<NarrativePost> posts, FactCheckLink factCheck) {
  public Narrative {
    posts = List.copyOf(posts);
  }

  /** Number of posts. */
  public int size() {
    return posts.size();
  }
}
