package org.factdesk.narratives;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.ingest.dedupe.ContentFingerprint;
import org.factdesk.text.DiacriticFolder;

/**
 * MinHash signatures of word shingles, for estimating the Jaccard similarity of two texts (Broder
 * 1997, "On the resemblance and containment of documents").
 *
 * <p>A text is normalised as {@link ContentFingerprint#normalized} does (NFC, tone marks, lower
 * case, URLs/e-mails/@handles/emoji and punctuation removed), diacritic-folded ({@code Vắc xin →
 * vac xin}) and split on spaces; its shingles are the runs of {@code k} consecutive tokens (a text
 * with fewer than {@code k} tokens is one shingle). Each shingle is hashed once with 64-bit FNV-1a;
 * hash function {@code i} is that hash XOR a per-function constant drawn from {@code seed}, passed
 * through the SplitMix64 finaliser. The signature keeps the minimum of each function.
 *
 * <p>Deterministic: the same (numHashes, k, seed) give the same signature on every JVM. The empty
 * text has no shingles; its signature is all {@link Long#MAX_VALUE} and its estimated Jaccard with
 * anything is 0. Example: "Vaccine causes infertility in women!" and "vaccine causes infertility in
 * women https://t.co/x" have equal signatures (Jaccard 1.0).
 */
public final class MinHasher {
  /** 128 functions, 2-token shingles, seed 6: the defaults used by {@link NarrativeClusterer}. */
  public static final MinHasher DEFAULT = new MinHasher(128, 2, 6L);

  private final int k;
  private final long[] salts;

  /**
   * @param numHashes signature length, ≥ 1 (the standard error of the estimate is about {@code
   *     sqrt(J(1-J)/numHashes)})
   * @param k tokens per shingle, ≥ 1
   * @param seed seed of the per-function constants
   * @throws IllegalArgumentException if numHashes or k &lt; 1
   */
  public MinHasher(int numHashes, int k, long seed) {
    if (numHashes < 1 || k < 1) {
      throw new IllegalArgumentException("numHashes and k must be >= 1, got " + numHashes + ", " + k);
    }
    this.k = k;
    this.salts = new long[numHashes];
    long state = seed;
    for (int i = 0; i < numHashes; i++) {
      state += 0x9E3779B97F4A7C15L;
      salts[i] = mix(state);
    }
  }

  /** Signature length. */
  public int numHashes() {
    return salts.length;
  }

  /** The normalised, diacritic-folded tokens of a text (empty for blank text). */
  public static List<String> tokens(String text) {
    String folded = DiacriticFolder.fold(ContentFingerprint.normalized(text)).toLowerCase(Locale.ROOT).strip();
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /** The distinct shingles of a text, in order of first occurrence. */
  public Set<String> shingles(String text) {
    List<String> t = tokens(text);
    Set<String> out = new LinkedHashSet<>();
    if (t.isEmpty()) {
      return out;
    }
    if (t.size() <= k) {
      out.add(String.join(" ", t));
      return out;
    }
    for (int i = 0; i + k <= t.size(); i++) {
      out.add(String.join(" ", t.subList(i, i + k)));
    }
    return out;
  }

  /** The MinHash signature of a text: {@link #numHashes()} values. */
  public long[] signature(String text) {
    long[] sig = new long[salts.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    List<Long> hashes = new ArrayList<>();
    for (String s : shingles(text)) {
      hashes.add(fnv1a64(s));
    }
    for (long h : hashes) {
      for (int i = 0; i < salts.length; i++) {
        long v = mix(h ^ salts[i]) & Long.MAX_VALUE; // non-negative, never above MAX_VALUE
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /**
   * Estimated Jaccard similarity: the fraction of positions where the signatures agree, not
   * counting positions empty in both.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double jaccard(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signature lengths differ: " + a.length + " vs " + b.length);
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  /** Exact Jaccard similarity of two shingle sets (0 when both are empty). */
  public static double exactJaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String s : a) {
      if (b.contains(s)) {
        inter++;
      }
    }
    return (double) inter / (a.size() + b.size() - inter);
  }

  static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser (Steele, Lea &amp; Flood 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
