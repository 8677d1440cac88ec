package org.factdesk.claims;

import java.util.Arrays;
import java.util.Locale;

/**
 * Train / dev / dev-test split of check-worthiness data that has no official split, by a fixed
 * hash of a key (the stripped sentence text, or a record id): {@link Fnv} FNV-1a 32-bit of its
 * UTF-8 bytes, mod 10: 0–5 train, 6–7 dev, 8–9 dev-test. Adding data never moves other items.
 */
public enum CheckWorthinessSplit {
  TRAIN("train"), DEV("dev"), DEV_TEST("dev-test");

  private final String label;

  CheckWorthinessSplit(String label) {
    this.label = label;
  }

  /** The split's name on the command line and in reports. */
  public String label() {
    return label;
  }

  /** The split of an item with this key. */
  public static CheckWorthinessSplit ofKey(String key) {
    int bucket = Fnv.hash(key.strip()) % 10;
    return bucket < 6 ? TRAIN : bucket < 8 ? DEV : DEV_TEST;
  }

  /**
   * @param name {@code train}, {@code dev} or {@code dev-test}
   * @throws IllegalArgumentException for any other name
   */
  public static CheckWorthinessSplit parse(String name) {
    for (CheckWorthinessSplit s : values()) {
      if (s.label.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown split '" + name + "'; expected one of "
        + Arrays.stream(values()).map(CheckWorthinessSplit::label).toList());
  }
}
