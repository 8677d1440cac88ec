package org.factdesk.web.api;

import java.util.Objects;

/**
 * Who an API token belongs to, as far as the API needs to know.
 *
 * @param name the token's name or owning account, for the audit log (never the token itself)
 * @param role the role the token carries
 */
public record ApiPrincipal(String name, ApiRole role) {
  public ApiPrincipal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
