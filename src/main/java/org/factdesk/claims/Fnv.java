package org.factdesk.claims;

import java.nio.charset.StandardCharsets;

/** FNV-1a 32-bit hash of a string's UTF-8 bytes: a published hash that other tools (e.g. a Python split script) can reproduce. */
final class Fnv {
  private Fnv() {}

  /** Hash of {@code s}, as a non-negative int. */
  static int hash(String s) {
    int h = 0x811c9dc5;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return h & 0x7fffffff;
  }
}
