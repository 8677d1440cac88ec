package org.factdesk.text;

import java.util.Arrays;

/**
 * A string produced by a length-changing transform, together with where each of its chars came
 * from in the original input.
 *
 * <p>{@link #toInput(int)} is defined for every output offset {@code 0..text().length()}
 * inclusive, never decreases, and always lies in {@code 0..inputLength}; the offset one past the
 * end maps to {@code inputLength}. That is exactly the contract of Lucene's
 * {@code CharFilter.correctOffset}, so a char filter can delegate to it. Example: NFD
 * {@code "Va\u0306\u0301c"} (5 chars) normalises to {@code "Vắc"} (3 chars) with offsets
 * {@code 0, 1, 4} and end offset {@code 5}.
 *
 * @param text the transformed string
 * @param inputLength length in chars of the original input
 */
public record OffsetMap(String text, int[] sources, int inputLength) {

  /**
   * @param text the transformed string
   * @param sources for each char of {@code text}, the input char index it came from
   *     (non-decreasing, each in {@code [0, inputLength)})
   * @param inputLength length of the original input
   */
  public OffsetMap {
    if (sources.length != text.length()) {
      throw new IllegalArgumentException(
          "sources has " + sources.length + " entries for " + text.length() + " chars");
    }
    sources = sources.clone();
  }

  /**
   * Maps an offset in {@link #text()} to an offset in the original input.
   *
   * @param outputOffset an offset in {@code 0..text().length()}
   * @return the input index the char at {@code outputOffset} came from, or {@code inputLength}
   *     for the end offset
   * @throws IndexOutOfBoundsException if the offset is outside {@code 0..text().length()}
   */
  public int toInput(int outputOffset) {
    if (outputOffset == sources.length) {
      return inputLength;
    }
    return sources[outputOffset];
  }

  /** Returns a copy of the per-char source indices. */
  @Override
  public int[] sources() {
    return sources.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && m.text.equals(text)
        && m.inputLength == inputLength
        && Arrays.equals(m.sources, sources);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(sources);
  }

  @Override
  public String toString() {
    return "OffsetMap[" + text + ", " + Arrays.toString(sources) + ", " + inputLength + "]";
  }
}
