package org.factdesk.ingest;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces author handles by a keyed pseudonym (privacy by design): HMAC-SHA256 of the normalised
 * handle (trimmed, lower-cased with {@link Locale#ROOT}, leading {@code @} removed) under a
 * per-installation secret, as 32 lower-case hex characters (128 bits).
 *
 * <p>The same handle always gives the same key in one installation, so posts by one account can be
 * grouped, but the handle cannot be recovered without the secret. Raw handles are never stored or
 * logged. Thread-safe.
 */
public final class AuthorPseudonymiser {
  /** Name of the secret file in the data directory. */
  public static final String SECRET_FILE = "secret.key";

  /** Secret length in bytes. */
  public static final int SECRET_BYTES = 32;

  private static final int KEY_HEX_CHARS = 32;
  private final byte[] secret;

  /**
   * @param secret the HMAC key, at least 16 bytes (copied)
   * @throws IllegalArgumentException if the secret is shorter than 16 bytes
   */
  public AuthorPseudonymiser(byte[] secret) {
    if (secret == null || secret.length < 16) {
      throw new IllegalArgumentException("pseudonymisation secret must have at least 16 bytes");
    }
    this.secret = secret.clone();
  }

  /**
   * Loads the secret from {@code dataDir/secret.key}, or creates it: 32 random bytes from {@link
   * SecureRandom}, in a file readable by the owner only where the file system supports POSIX
   * permissions.
   *
   * @throws IOException if the directory or file cannot be created or read
   * @throws InvalidInputException if an existing secret file is shorter than 16 bytes
   */
  public static AuthorPseudonymiser loadOrCreate(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(SECRET_FILE);
    if (!Files.exists(file)) {
      byte[] fresh = new byte[SECRET_BYTES];
      new SecureRandom().nextBytes(fresh);
      try {
        Files.write(Files.createFile(file, ownerOnly(file)), fresh, StandardOpenOption.WRITE);
        return new AuthorPseudonymiser(fresh);
      } catch (FileAlreadyExistsException raced) {
        // another process created it first: use theirs
      }
    }
    byte[] stored = Files.readAllBytes(file);
    if (stored.length < 16) {
      throw new InvalidInputException(file + ": pseudonymisation secret is too short (" + stored.length + " bytes)");
    }
    return new AuthorPseudonymiser(stored);
  }

  private static FileAttribute<?>[] ownerOnly(Path file) {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }

  /**
   * The pseudonym of a handle.
   *
   * @param handle raw handle such as {@code @SomeUser}; may be null
   * @return 32 hex characters, or null when {@code handle} is null or blank (or only {@code @})
   */
  public String pseudonymise(String handle) {
    if (handle == null) {
      return null;
    }
    String norm = handle.strip().toLowerCase(Locale.ROOT);
    while (norm.startsWith("@")) {
      norm = norm.substring(1).strip();
    }
    if (norm.isEmpty()) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(norm.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, KEY_HEX_CHARS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Never reveals the secret. */
  @Override
  public String toString() {
    return "AuthorPseudonymiser[HmacSHA256]";
  }
}
