package org.factdesk.narratives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Locality-sensitive hashing over MinHash signatures (the banding technique: Leskovec, Rajaraman
 * &amp; Ullman, "Mining of Massive Datasets", ch. 3.4): a signature is cut into {@code bands} bands
 * of {@code rows} values; two items become candidates when any band is equal. With Jaccard
 * similarity {@code s} the probability of becoming candidates is {@code 1 - (1 - s^rows)^bands}:
 * for 32×4 that is 0.87 at s = 0.5, 0.23 at s = 0.3 and 0.9996 at s = 0.8.
 *
 * <p>Items are numbered 0, 1, 2… in the order added; {@link #candidates} returns them in ascending
 * order, so results do not depend on hash-map iteration. Not thread-safe.
 */
public final class LshIndex {
  private final int bands;
  private final int rows;
  private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
  private int size;

  /**
   * @throws IllegalArgumentException if bands or rows &lt; 1
   */
  public LshIndex(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + "x" + rows);
    }
    this.bands = bands;
    this.rows = rows;
    for (int b = 0; b < bands; b++) {
      buckets.add(new HashMap<>());
    }
  }

  /** Number of items added. */
  public int size() {
    return size;
  }

  /**
   * Adds a signature.
   *
   * @return its item number (0 for the first)
   * @throws IllegalArgumentException if the signature is shorter than bands × rows
   */
  public int add(long[] signature) {
    check(signature);
    int item = size++;
    for (int b = 0; b < bands; b++) {
      buckets.get(b).computeIfAbsent(bandKey(signature, b), x -> new ArrayList<>()).add(item);
    }
    return item;
  }

  /** Items sharing at least one band with the signature, ascending. */
  public List<Integer> candidates(long[] signature) {
    check(signature);
    TreeSet<Integer> out = new TreeSet<>();
    for (int b = 0; b < bands; b++) {
      List<Integer> hit = buckets.get(b).get(bandKey(signature, b));
      if (hit != null) {
        out.addAll(hit);
      }
    }
    return new ArrayList<>(out);
  }

  private long bandKey(long[] sig, int band) {
    long h = band;
    for (int r = 0; r < rows; r++) {
      h = MinHasher.mix(h * 31 + sig[band * rows + r]);
    }
    return h;
  }

  private void check(long[] signature) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException("signature of " + signature.length + " values, need " + bands * rows);
    }
  }
}
