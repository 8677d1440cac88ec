package org.factdesk.desk;

import java.util.Locale;

/**
 * Staff roles and what each may do. The matrix (✓ = allowed):
 *
 * <pre>
 *                                         viewer reviewer editor admin
 * read workbench pages, search, cases       ✓      ✓       ✓      ✓
 * accept/reject suggested matches           -      ✓       ✓      ✓
 * open cases, add evidence, set verdict     -      -       ✓      ✓
 * write drafts, submit for review           -      -       ✓      ✓
 * approve a draft in review and publish     -      ✓       ✓      ✓
 * acknowledge alerts                        -      ✓       ✓      ✓
 * manage users and API tokens               -      -       -      ✓
 * </pre>
 *
 * <p>A reviewer approves (and thereby publishes) what an editor submitted but does not write
 * articles; an editor can do both. Checks live in the services ({@link #require}), not only in the
 * web layer.
 */
public enum Role {
  VIEWER, REVIEWER, EDITOR, ADMIN;

  /** What a role may do; see the class Javadoc for the matrix. */
  public enum Permission { READ, MATCH_FEEDBACK, EDIT_CASES, WRITE_DRAFTS, APPROVE_PUBLISH, ACK_ALERTS, MANAGE_USERS }

  /** Whether this role holds {@code p}. */
  public boolean can(Permission p) {
    return switch (p) {
      case READ -> true;
      case MATCH_FEEDBACK, APPROVE_PUBLISH, ACK_ALERTS -> this != VIEWER;
      case EDIT_CASES, WRITE_DRAFTS -> this == EDITOR || this == ADMIN;
      case MANAGE_USERS -> this == ADMIN;
    };
  }

  /** @throws ForbiddenException naming the permission when this role lacks it */
  public void require(Permission p) {
    if (!can(p)) {
      throw new ForbiddenException("role " + code() + " may not " + p.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
  }

  /** The database/UI code, e.g. {@code editor}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the field {@code role} for an unknown code */
  public static Role of(String code) {
    for (Role r : values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("role: unknown role '" + code + "' (admin, editor, reviewer, viewer)");
  }
}
