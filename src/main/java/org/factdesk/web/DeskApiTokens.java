package org.factdesk.web;

import java.util.Optional;
import org.factdesk.desk.ApiTokenService;
import org.factdesk.web.api.ApiPrincipal;
import org.factdesk.web.api.ApiRole;
import org.factdesk.web.api.ApiTokens;

/**
 * {@link ApiTokens} over the desk's {@code api_tokens} table: a token is valid while it is not revoked
 * and its account is enabled; the principal carries the account's name and current role (so demoting
 * an account demotes its tokens at once).
 */
public final class DeskApiTokens implements ApiTokens {
  private final ApiTokenService tokens;

  public DeskApiTokens(ApiTokenService tokens) {
    this.tokens = tokens;
  }

  @Override
  public Optional<ApiPrincipal> verify(String token) {
    return tokens.authenticate(token).map(u -> new ApiPrincipal(u.username(), ApiRole.valueOf(u.role().name())));
  }
}
