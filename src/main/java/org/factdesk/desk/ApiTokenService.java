package org.factdesk.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.store.Database;

/**
 * API tokens for {@code /api/v1} clients: {@code fd_} + 32 random bytes (base64url), shown once at
 * creation; only their SHA-256 (hex) is stored, so a database leak does not leak usable tokens. A token
 * acts as its user (with the user's role); disabled users' and revoked tokens are refused. Creating
 * and revoking need {@link Role.Permission#MANAGE_USERS}.
 */
public final class ApiTokenService {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database db;
  private final Clock clock;

  public ApiTokenService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A token as listed (never the token itself). */
  public record TokenInfo(long id, String username, String label, Instant createdAt, Instant lastUsedAt, boolean revoked) {}

  /**
   * Creates a token for {@code userId}.
   *
   * @return the token — the only time it is available in plain text
   * @throws InvalidFieldException {@code user} unknown, {@code label} over 200 characters
   */
  public String create(Actor actor, long userId, String label) {
    actor.role().require(Role.Permission.MANAGE_USERS);
    Rows.limit("label", label, 200);
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    String token = "fd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM users WHERE id = :u").bind("u", userId).mapTo(Long.class).one() == 0) {
        throw new InvalidFieldException("user", "no user " + userId);
      }
      long id = h.createUpdate("INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES (:h, :u, :l, :t)")
          .bind("h", sha256(token)).bind("u", userId).bind("l", Rows.blankToNull(label)).bind("t", Rows.utc(now))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      AuditLog.append(h, actor, now, "token.create", "api_token", id, Map.of("user_id", userId));
    });
    return token;
  }

  /** The enabled user a valid, unrevoked token belongs to; stamps its last use. */
  public Optional<User> authenticate(String token) {
    if (token == null || !token.startsWith("fd_") || token.length() > 100) {
      return Optional.empty();
    }
    String hash = sha256(token);
    Optional<Long> userId = db.jdbi().withHandle(h -> h.createQuery(
            "SELECT user_id FROM api_tokens WHERE token_hash = :h AND revoked = FALSE")
        .bind("h", hash).mapTo(Long.class).findOne());
    if (userId.isEmpty()) {
      return Optional.empty();
    }
    db.jdbi().useHandle(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :t WHERE token_hash = :h")
        .bind("t", Rows.utc(clock.instant())).bind("h", hash).execute());
    return new UserService(db, clock).find(userId.get()).filter(u -> !u.disabled());
  }

  /** Revokes a token. */
  public void revoke(Actor actor, long tokenId) {
    actor.role().require(Role.Permission.MANAGE_USERS);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      if (h.createUpdate("UPDATE api_tokens SET revoked = TRUE WHERE id = :id").bind("id", tokenId).execute() == 0) {
        throw new NotFoundException("no API token " + tokenId);
      }
      AuditLog.append(h, actor, now, "token.revoke", "api_token", tokenId, Map.of());
    });
  }

  /** All tokens, newest first. */
  public List<TokenInfo> list() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT t.id, u.username, t.label, t.created_at, t.last_used_at, "
            + "t.revoked FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id DESC")
        .map((rs, ctx) -> new TokenInfo(rs.getLong("id"), rs.getString("username"), rs.getString("label"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "last_used_at"), rs.getBoolean("revoked")))
        .list());
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
