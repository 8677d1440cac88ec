package org.factdesk.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * TREC run files: one retrieved document a line, {@code qid Q0 docid rank score tag}.
 *
 * <p>{@link Writer} writes space-separated lines with 1-based ranks and the score printed by
 * {@link Double#toString(double)} (locale-independent, shortest text that parses back to the same
 * double, so round trips are exact and no ties are invented by rounding: the official CheckThat!
 * scorer re-sorts each query by score). {@link #read(Path)} accepts tabs or spaces, so the
 * tab-separated runs the CheckThat! format checker expects read too.
 *
 * <p>Caveat: the official scorer ({@code trectools} {@code TrecEval}, called from CheckThat!
 * {@code scorer/main.py}) orders by score descending and breaks ties by docid descending, ignoring
 * the rank column; this class orders by rank. The two agree when scores strictly decrease.
 */
public final class RunFile {
  private static final Pattern WS = Pattern.compile("[ \\t]+");

  private RunFile() {}

  /**
   * Reads a run file (UTF-8) into ranked docids per query.
   *
   * @return qid → docids ordered by rank ascending; queries in order of first appearance
   * @throws InvalidRunFileException on a line without 6 fields, a rank that is not a positive
   *     integer, a score that is not a number, or a repeated rank or docid within a query
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Map<String, List<String>> read(Path file) {
    Map<String, TreeMap<Integer, String>> byRank = new LinkedHashMap<>();
    Map<String, Set<String>> seenDocs = new LinkedHashMap<>();
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
        if (f.length != 6) {
          throw new InvalidRunFileException(
              file, lineNo, "expected 6 fields (qid Q0 docid rank score tag), got " + f.length);
        }
        int rank;
        try {
          rank = Integer.parseInt(f[3]);
        } catch (NumberFormatException e) {
          rank = 0;
        }
        if (rank < 1) {
          throw new InvalidRunFileException(
              file, lineNo, "rank '" + f[3] + "' is not a positive integer");
        }
        try {
          Double.parseDouble(f[4]);
        } catch (NumberFormatException e) {
          throw new InvalidRunFileException(file, lineNo, "score '" + f[4] + "' is not a number");
        }
        String qid = f[0];
        if (!seenDocs.computeIfAbsent(qid, q -> new HashSet<>()).add(f[2])) {
          throw new InvalidRunFileException(
              file, lineNo, "doc '" + f[2] + "' listed twice for query '" + qid + "'");
        }
        if (byRank.computeIfAbsent(qid, q -> new TreeMap<>()).putIfAbsent(rank, f[2]) != null) {
          throw new InvalidRunFileException(
              file, lineNo, "rank " + rank + " used twice for query '" + qid + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read run " + file, e);
    }
    Map<String, List<String>> run = new LinkedHashMap<>();
    byRank.forEach((q, ranks) -> run.put(q, List.copyOf(ranks.values())));
    return run;
  }

  /** Opens a streaming writer on {@code file} (UTF-8, created or truncated). */
  public static Writer writer(Path file) {
    try {
      return new Writer(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open run " + file, e);
    }
  }

  /**
   * Streams one ranked list per query to a run file. Not thread-safe.
   *
   * <p>Each line is {@code qid Q0 docid rank score tag}, rank 1-based, score via {@link
   * Double#toString(double)}.
   */
  public static final class Writer implements AutoCloseable {
    private final BufferedWriter out;
    private final Set<String> written = new HashSet<>();

    /** Wraps {@code out}; closing this writer closes it. */
    public Writer(BufferedWriter out) {
      this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes the ranked list of one query.
     *
     * @param ranked best first; scores must be finite and non-increasing, docids distinct
     * @throws IllegalArgumentException on a blank id or tag or one containing whitespace, a query
     *     written twice, a repeated docid, a non-finite score, or a score above the one before it
     * @throws UncheckedIOException on a write error
     */
    public void write(String qid, List<ScoredDoc> ranked, String tag) {
      checkToken("qid", qid);
      checkToken("tag", tag);
      if (!written.add(qid)) {
        throw new IllegalArgumentException("query '" + qid + "' written twice");
      }
      Set<String> docs = new HashSet<>();
      StringBuilder sb = new StringBuilder();
      double previous = Double.POSITIVE_INFINITY;
      int rank = 0;
      for (ScoredDoc d : ranked) {
        checkToken("docId", d.docId());
        if (!docs.add(d.docId())) {
          throw new IllegalArgumentException(
              "doc '" + d.docId() + "' listed twice for query '" + qid + "'");
        }
        if (!Double.isFinite(d.score())) {
          throw new IllegalArgumentException("score of doc '" + d.docId() + "' is " + d.score());
        }
        if (d.score() > previous) {
          throw new IllegalArgumentException(
              "query '" + qid + "': score " + d.score() + " at rank " + (rank + 1)
                  + " is above the score at rank " + rank);
        }
        previous = d.score();
        rank++;
        sb.append(qid).append(" Q0 ").append(d.docId()).append(' ').append(rank).append(' ')
            .append(Double.toString(d.score())).append(' ').append(tag).append('\n');
      }
      try {
        out.write(sb.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void checkToken(String what, String value) {
      if (value == null || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(what + " must be non-blank without whitespace: '"
            + value + "'");
      }
    }
  }
}
