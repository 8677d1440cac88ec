package org.factdesk.publish;

/**
 * A source cited by a fact-check.
 *
 * @param title how the article names the source; never blank
 * @param url absolute http(s) URL; may be null for an offline source (a phone call, a printed report)
 */
public record SourceLink(String title, String url) {
  /** @throws IllegalArgumentException if the title is blank */
  public SourceLink {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("source title must not be blank");
    }
  }
}
