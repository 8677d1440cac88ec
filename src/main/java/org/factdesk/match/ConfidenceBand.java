package org.factdesk.match;

import java.util.Locale;

/** How sure factdesk is that a post repeats a fact-checked claim. */
public enum ConfidenceBand {
  /** Safe to link automatically. */
  CONFIDENT,
  /** Show to an editor for review. */
  SUGGESTED,
  /** Not a match worth showing. */
  NONE;

  /** Lower-case name as written in {@code matches.jsonl}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
