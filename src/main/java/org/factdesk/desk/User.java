package org.factdesk.desk;

import java.time.Instant;

/**
 * A staff account (never its password hash).
 *
 * @param id users.id
 * @param username login name, {@code [a-z0-9._-]{2,64}}
 * @param role what the account may do
 * @param disabled a disabled account cannot log in
 * @param createdAt when it was created
 * @param lastLoginAt last successful login; null if never
 */
public record User(long id, String username, Role role, boolean disabled, Instant createdAt, Instant lastLoginAt) {
  /** This user as the actor of a desk action. */
  public Actor actor() {
    return new Actor(id, username, role);
  }
}
