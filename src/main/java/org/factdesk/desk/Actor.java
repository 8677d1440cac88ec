package org.factdesk.desk;

import java.util.Objects;

/**
 * Who performs a desk action: a logged-in staff member (or {@link #system()} for start-up work such
 * as seeding). Recorded in the audit log.
 *
 * @param userId users.id, or null for the system
 * @param username login name, or {@code system}
 * @param role the role the action is checked against
 */
public record Actor(Long userId, String username, Role role) {
  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
  }

  /** The application itself (first-run admin, demo load): acts with the admin role. */
  public static Actor system() {
    return new Actor(null, "system", Role.ADMIN);
  }
}
