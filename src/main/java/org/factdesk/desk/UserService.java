package org.factdesk.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.store.Database;

/**
 * Staff accounts: creation (admin only), login checks against Argon2id hashes, role and disabled
 * changes, and the first-run admin account.
 */
public final class UserService {
  /** Allowed user names. */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
  /** Minimum password length for accounts created or changed through the desk. */
  public static final int MIN_PASSWORD = 10;
  // verified against when the user does not exist, so a wrong user name costs as much as a wrong password
  private static final String DUMMY_HASH = PasswordHasher.hash("factdesk-no-such-user");
  private static final String COLUMNS = "id, username, role, disabled, created_at, last_login_at";

  private final Database db;
  private final Clock clock;

  public UserService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Number of accounts (disabled ones included). */
  public long count() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one());
  }

  /**
   * Creates {@code admin} with a random 20-character password when there is no account at all.
   *
   * @return the generated password — the only time it exists in plain text — or empty if accounts exist
   */
  public Optional<String> ensureFirstAdmin() {
    if (count() > 0) {
      return Optional.empty();
    }
    String password = PasswordHasher.randomPassword(20);
    create(Actor.system(), "admin", password, Role.ADMIN);
    return Optional.of(password);
  }

  /**
   * Creates an account.
   *
   * @throws ForbiddenException unless the actor may manage users
   * @throws InvalidFieldException for a bad or taken user name ({@code username}) or a short password ({@code password})
   */
  public User create(Actor actor, String username, String password, Role role) {
    actor.role().require(Role.Permission.MANAGE_USERS);
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidFieldException("username", "must be 2-64 characters of a-z 0-9 . _ -");
    }
    checkPassword(password);
    Instant now = clock.instant();
    return db.jdbi().inTransaction(h -> {
      if (h.createQuery("SELECT COUNT(*) FROM users WHERE username = :u").bind("u", username).mapTo(Long.class).one() > 0) {
        throw new InvalidFieldException("username", "'" + username + "' is taken");
      }
      long id = h.createUpdate("INSERT INTO users (username, password_hash, role, disabled, created_at) "
              + "VALUES (:u, :p, :r, FALSE, :t)")
          .bind("u", username).bind("p", PasswordHasher.hash(password)).bind("r", role.code())
          .bind("t", now.atOffset(ZoneOffset.UTC))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      AuditLog.append(h, actor, now, "user.create", "user", id, Map.of("username", username, "role", role.code()));
      return new User(id, username, role, false, now, null);
    });
  }

  /**
   * Checks a login. Unknown, disabled and wrong-password logins all give empty, in about the same time.
   * A successful login stamps {@code last_login_at} and writes an audit row.
   */
  public Optional<User> authenticate(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    record Row(User user, String hash) {}
    Optional<Row> row = db.jdbi().withHandle(h -> h.createQuery(
            "SELECT " + COLUMNS + ", password_hash FROM users WHERE username = :u")
        .bind("u", username)
        .map((rs, ctx) -> new Row(map(rs), rs.getString("password_hash")))
        .findOne());
    boolean ok = PasswordHasher.verify(password, row.map(Row::hash).orElse(DUMMY_HASH));
    if (!ok || row.isEmpty() || row.get().user().disabled()) {
      return Optional.empty();
    }
    User u = row.get().user();
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      h.createUpdate("UPDATE users SET last_login_at = :t WHERE id = :id")
          .bind("t", now.atOffset(ZoneOffset.UTC)).bind("id", u.id()).execute();
      AuditLog.append(h, u.actor(), now, "user.login", "user", u.id(), Map.of());
    });
    return Optional.of(new User(u.id(), u.username(), u.role(), false, u.createdAt(), now));
  }

  /** The account with {@code id}, if any. */
  public Optional<User> find(long id) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
        .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
  }

  /** All accounts by user name. */
  public List<User> list() {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY username")
        .map((rs, ctx) -> map(rs)).list());
  }

  /**
   * Changes role and disabled flag of an account.
   *
   * @throws ForbiddenException unless the actor may manage users, or when an admin would disable or
   *     demote themself (so the desk never loses its last admin by accident)
   */
  public void update(Actor actor, long userId, Role role, boolean disabled) {
    actor.role().require(Role.Permission.MANAGE_USERS);
    if (actor.userId() != null && actor.userId() == userId && (disabled || role != Role.ADMIN)) {
      throw new ForbiddenException("admins cannot disable or demote themselves");
    }
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      int n = h.createUpdate("UPDATE users SET role = :r, disabled = :d WHERE id = :id")
          .bind("r", role.code()).bind("d", disabled).bind("id", userId).execute();
      if (n == 0) {
        throw new NotFoundException("no user " + userId);
      }
      AuditLog.append(h, actor, now, "user.update", "user", userId, Map.of("role", role.code(), "disabled", disabled));
    });
  }

  /**
   * Sets a new password: users change their own (knowing the current one); admins may reset anyone's.
   *
   * @throws ForbiddenException when changing someone else's password without the admin role
   * @throws InvalidFieldException {@code current_password} wrong, or {@code password} too short
   */
  public void changePassword(Actor actor, long userId, String currentPassword, String newPassword) {
    boolean self = actor.userId() != null && actor.userId() == userId;
    if (!self) {
      actor.role().require(Role.Permission.MANAGE_USERS);
    }
    checkPassword(newPassword);
    Instant now = clock.instant();
    db.jdbi().useTransaction(h -> {
      String hash = h.createQuery("SELECT password_hash FROM users WHERE id = :id").bind("id", userId)
          .mapTo(String.class).findOne().orElseThrow(() -> new NotFoundException("no user " + userId));
      if (self && (currentPassword == null || !PasswordHasher.verify(currentPassword, hash))) {
        throw new InvalidFieldException("current_password", "does not match");
      }
      h.createUpdate("UPDATE users SET password_hash = :p WHERE id = :id")
          .bind("p", PasswordHasher.hash(newPassword)).bind("id", userId).execute();
      AuditLog.append(h, actor, now, "user.password", "user", userId, Map.of());
    });
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new InvalidFieldException("password", "must have at least " + MIN_PASSWORD + " characters");
    }
  }

  static User map(ResultSet rs) throws SQLException {
    Timestamp last = rs.getTimestamp("last_login_at");
    return new User(rs.getLong("id"), rs.getString("username"), Role.of(rs.getString("role")),
        rs.getBoolean("disabled"), rs.getTimestamp("created_at").toInstant(), last == null ? null : last.toInstant());
  }
}
