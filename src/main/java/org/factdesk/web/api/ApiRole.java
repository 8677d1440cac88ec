package org.factdesk.web.api;

import java.util.Locale;

/** The desk roles an API token can carry (the workbench's roles). */
public enum ApiRole {
  /** Reads only. */
  VIEWER,
  /** Reviews drafts; cannot publish. */
  REVIEWER,
  /** Writes and publishes fact-checks. */
  EDITOR,
  /** Everything an editor can, plus users and settings. */
  ADMIN;

  /** True for the roles allowed to publish: editor and admin. */
  public boolean canPublish() {
    return this == EDITOR || this == ADMIN;
  }

  /** Lower-case name ({@code editor}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
