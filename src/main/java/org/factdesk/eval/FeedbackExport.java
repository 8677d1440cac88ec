package org.factdesk.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdesk.store.Database;

/**
 * Turns the desk's accept/reject decisions on suggested matches ({@code match_feedback}) into an
 * evaluation set in the CheckThat! Task 2 formats, so a desk can measure and tune matching on its own
 * labelled claims: {@code feedback-queries.tsv} ({@code qid<TAB>post text}) and
 * {@code feedback-qrels.tsv} (TREC qrels {@code qid 0 fact_check_id rel}, rel 1 accepted, 0 rejected).
 *
 * <p>The query id is {@code post-<seq>} (the post's storage key; the platform's post id and the
 * pseudonymised author never leave the database). When one staff member reverses another, the latest
 * decision for a (post, fact-check) pair wins. Post text has tabs and line breaks replaced by spaces.
 * A fact-check id containing whitespace cannot be written to qrels and is skipped (counted).
 *
 * <p>Use: {@code factdesk eval --collection <fact-checks> --queries feedback-queries.tsv --qrels
 * feedback-qrels.tsv}; queries with only rejections count as having no relevant fact-check.
 */
public final class FeedbackExport {
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n\\u2028\\u2029]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  /**
   * What was written.
   *
   * @param queries posts written to the queries file
   * @param judgements qrels lines written
   * @param accepted of which relevant (rel 1)
   * @param skipped decisions skipped (fact-check id with whitespace)
   */
  public record Counts(long queries, long judgements, long accepted, long skipped) {}

  private record Decision(String text, boolean accepted) {}

  private FeedbackExport() {}

  /**
   * Writes both files into {@code outDir} (created if missing; existing files replaced).
   *
   * @throws IOException if a file cannot be written
   */
  public static Counts write(Database db, Path outDir) throws IOException {
    Map<Long, Map<String, Decision>> byPost = new LinkedHashMap<>();
    Map<Long, String> texts = new LinkedHashMap<>();
    long[] skipped = {0};
    db.jdbi().useHandle(h -> h.createQuery(
            "SELECT f.post_seq, p.text, f.fact_check_id, f.decision FROM match_feedback f "
                + "JOIN posts p ON p.seq = f.post_seq ORDER BY f.post_seq, f.decided_at, f.id")
        .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
        .forEach(row -> {
          long seq = (Long) row[0];
          String fc = (String) row[2];
          if (WHITESPACE.matcher(fc).find()) {
            skipped[0]++;
            return;
          }
          texts.putIfAbsent(seq, (String) row[1]);
          byPost.computeIfAbsent(seq, s -> new LinkedHashMap<>())
              .put(fc, new Decision((String) row[1], "accept".equals(row[3]))); // later rows overwrite
        }));
    Files.createDirectories(outDir);
    long judgements = 0;
    long accepted = 0;
    try (BufferedWriter q = Files.newBufferedWriter(outDir.resolve("feedback-queries.tsv"), StandardCharsets.UTF_8);
        BufferedWriter r = Files.newBufferedWriter(outDir.resolve("feedback-qrels.tsv"), StandardCharsets.UTF_8)) {
      for (Map.Entry<Long, Map<String, Decision>> post : byPost.entrySet()) {
        String qid = "post-" + post.getKey();
        q.write(qid + "\t" + LINE_BREAKS.matcher(texts.get(post.getKey())).replaceAll(" ").strip() + "\n");
        for (Map.Entry<String, Decision> d : post.getValue().entrySet()) {
          boolean yes = d.getValue().accepted();
          r.write(qid + "\t0\t" + d.getKey() + "\t" + (yes ? 1 : 0) + "\n");
          judgements++;
          accepted += yes ? 1 : 0;
        }
      }
    }
    return new Counts(byPost.size(), judgements, accepted, skipped[0]);
  }
}
