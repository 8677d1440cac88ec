package org.factdesk.claims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.Post;
import org.factdesk.text.SentenceSplitter;

/**
 * Splits a post into sentences ({@link SentenceSplitter}) and scores each one's check-worthiness,
 * giving one {@link Claim} per sentence with content, in text order. Sentences with no letter or
 * digit outside links, handles and emoji (a bare URL, {@code "😂😂"}) are skipped. Offsets index
 * the post text as given: nothing is normalised before splitting.
 *
 * <p>Example: {@code "Tôi nghĩ vậy. Bộ Y tế cho biết 5 ca tử vong."} → sentence 0 (0–13, not
 * check-worthy), sentence 1 (14–44, check-worthy). Thread-safe when the scorer is.
 */
public final class ClaimExtractor {
  private final CheckWorthinessScorer scorer;
  private final SentenceSplitter splitter;

  /**
   * @param scorer the check-worthiness scorer; its threshold decides {@link Claim#checkWorthy()}
   * @param splitter how posts are cut into sentences
   */
  public ClaimExtractor(CheckWorthinessScorer scorer, SentenceSplitter splitter) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /**
   * The learned scorer ({@link LearnedCheckWorthinessScorer#standard()}: the bundled model or
   * {@code FACTDESK_CHECKWORTHINESS}) with the default splitter (only blank lines are hard breaks).
   */
  public static ClaimExtractor standard() throws IOException {
    return new ClaimExtractor(LearnedCheckWorthinessScorer.standard(), SentenceSplitter.create());
  }

  /** The sentences of {@code post.text()} with their scores; empty for an empty post. */
  public List<Claim> extract(Post post) {
    return extract(post.id(), post.text());
  }

  /**
   * @param postId id to put in every claim
   * @param text the post text
   * @return the claims, in text order
   */
  public List<Claim> extract(String postId, String text) {
    List<SentenceSplitter.Sentence> sentences = splitter.split(text);
    List<Claim> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      SentenceSplitter.Sentence s = sentences.get(i);
      if (!ClaimText.hasContent(s.text())) {
        continue;
      }
      double score = scorer.score(s.text());
      out.add(new Claim(postId, i, s.start(), s.end(), s.text(), score, score >= scorer.threshold()));
    }
    return out;
  }

  /** The scorer in use. */
  public CheckWorthinessScorer scorer() {
    return scorer;
  }
}
