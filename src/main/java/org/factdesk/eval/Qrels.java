package org.factdesk.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Relevance judgements (TREC qrels): for each query, which documents are relevant.
 *
 * <p>File format, one judgement a line: {@code qid<ws>iter<ws>docid<ws>rel}, where {@code <ws>} is
 * one or more tabs or spaces, {@code iter} is ignored (it is {@code 0} in CheckThat! data, as in
 * trec_eval) and {@code rel} is an integer; only {@code rel > 0} counts as relevant. Blank lines are
 * ignored. Qrels are gold data, so reading fails fast: a malformed line throws {@link
 * InvalidQrelsException} naming {@code file:line} and the problem; nothing is skipped.
 *
 * <p>An exact repeat of a judgement (same qid, docid and rel) is read once and counted in {@link
 * #duplicateLines()}; the CheckThat! 2022 dev and 2020 test qrels each contain one such line. The
 * same (qid, docid) with a different rel is an error.
 *
 * <p>Example: {@code tweet-sno-0\t0\tvclaim-sno-hero-wombats-australia-fires\t1}.
 */
public final class Qrels {
  private static final Pattern WS = Pattern.compile("[ \\t]+");

  private final Map<String, Map<String, Integer>> judgements;
  private final Map<String, Set<String>> relevant;
  private final int size;
  private final int duplicateLines;

  private Qrels(Map<String, Map<String, Integer>> judgements, int duplicateLines) {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    Map<String, Set<String>> rel = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, Map<String, Integer>> e : judgements.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
      Set<String> docs = new LinkedHashSet<>();
      e.getValue().forEach((d, r) -> {
        if (r > 0) {
          docs.add(d);
        }
      });
      rel.put(e.getKey(), Collections.unmodifiableSet(docs));
      n += e.getValue().size();
    }
    this.judgements = Collections.unmodifiableMap(copy);
    this.relevant = Collections.unmodifiableMap(rel);
    this.size = n;
    this.duplicateLines = duplicateLines;
  }

  /**
   * Reads a qrels file (UTF-8).
   *
   * @throws InvalidQrelsException on a malformed line, a conflicting repeat, or a file without
   *     judgements
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Qrels read(Path file) {
    Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
    int duplicates = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String raw;
      long lineNo = 0;
      while ((raw = in.readLine()) != null) {
        lineNo++;
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] f = WS.split(line);
        if (f.length != 4) {
          throw new InvalidQrelsException(
              file, lineNo, "expected 4 fields (qid 0 docid rel), got " + f.length);
        }
        int rel;
        try {
          rel = Integer.parseInt(f[3]);
        } catch (NumberFormatException e) {
          throw new InvalidQrelsException(
              file, lineNo, "relevance '" + f[3] + "' is not an integer");
        }
        Map<String, Integer> docs = judgements.computeIfAbsent(f[0], q -> new LinkedHashMap<>());
        Integer previous = docs.putIfAbsent(f[2], rel);
        if (previous != null) {
          if (previous != rel) {
            throw new InvalidQrelsException(
                file,
                lineNo,
                "conflicting judgement for query '" + f[0] + "' doc '" + f[2] + "': rel "
                    + rel + " after " + previous);
          }
          duplicates++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read qrels " + file, e);
    }
    if (judgements.isEmpty()) {
      throw new InvalidQrelsException(file, 0, "no judgements");
    }
    return new Qrels(judgements, duplicates);
  }

  /**
   * Builds qrels in memory (for tests and tools): every listed doc is relevant with rel 1.
   *
   * @param relevant qid → relevant docids; iteration order of the map becomes {@link #queryIds()}
   */
  public static Qrels of(Map<String, ? extends Set<String>> relevant) {
    Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
    relevant.forEach(
        (qid, docs) -> {
          Map<String, Integer> m = new LinkedHashMap<>();
          docs.forEach(d -> m.put(Objects.requireNonNull(d), 1));
          judgements.put(Objects.requireNonNull(qid), m);
        });
    return new Qrels(judgements, 0);
  }

  /** All judged query ids, including queries with no relevant doc, in order of first appearance. */
  public Set<String> queryIds() {
    return judgements.keySet();
  }

  /** Docids with {@code rel > 0} for the query; empty (never null) for an unknown query. */
  public Set<String> relevant(String qid) {
    return relevant.getOrDefault(qid, Set.of());
  }

  /** Number of distinct (qid, docid) judgements, relevant or not. */
  public int size() {
    return size;
  }

  /** Lines that exactly repeated an earlier judgement and were read once. */
  public int duplicateLines() {
    return duplicateLines;
  }
}
