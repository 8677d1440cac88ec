package org.factdesk.text;

/** The languages factdesk analyses separately, with their BCP-47 tags. */
public enum Language {
  /** Vietnamese. */
  VI("vi"),
  /** English. */
  EN("en"),
  /** Some other language (or script) with enough letters to tell it is neither. */
  OTHER("und"),
  /** Too little text to tell (no letters). */
  UNKNOWN("und");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** BCP-47 tag: {@code vi}, {@code en}, or {@code und} for other/unknown. */
  public String tag() {
    return tag;
  }

  /**
   * Maps a BCP-47 tag such as {@code vi}, {@code vi-VN} or {@code en-US} (case-insensitive);
   * null or blank is {@link #UNKNOWN}, anything else {@link #OTHER}.
   */
  public static Language fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return UNKNOWN;
    }
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return switch (primary) {
      case "vi" -> VI;
      case "en" -> EN;
      default -> OTHER;
    };
  }
}
