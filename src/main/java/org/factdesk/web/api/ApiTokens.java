package org.factdesk.web.api;

import java.util.Optional;

/**
 * Checks API tokens sent as {@code Authorization: Bearer <token>}.
 *
 * <p>Implemented by the desk on its users/tokens table. Store only a hash of each token (e.g.
 * SHA-256 of a 256-bit random token) and compare in constant time; never log tokens.
 */
public interface ApiTokens {
  /**
   * @param token the bearer token as sent, without the {@code Bearer } prefix; never null or blank
   * @return the token's principal, or empty when the token is unknown, revoked or expired
   */
  Optional<ApiPrincipal> verify(String token);
}
