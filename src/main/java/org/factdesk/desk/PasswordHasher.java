package org.factdesk.desk;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;

/**
 * Argon2id password hashing (password4j), PHC string format. Parameters: 19 MiB memory, 2
 * iterations, parallelism 1 — the OWASP Password Storage Cheat Sheet's first Argon2id setting.
 */
public final class PasswordHasher {
  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private PasswordHasher() {}

  /** The PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) of {@code password}, salted randomly. */
  public static String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }

  /** Whether {@code password} matches {@code phcHash}; false for a malformed hash. */
  public static boolean verify(String password, String phcHash) {
    try {
      return Password.check(password, phcHash).with(Argon2Function.getInstanceFromHash(phcHash));
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /** A random password of {@code length} characters from an unambiguous alphabet (no 0/O, 1/l/I). */
  public static String randomPassword(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
