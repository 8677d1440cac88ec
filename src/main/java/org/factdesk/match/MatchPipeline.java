package org.factdesk.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Match;
import org.factdesk.model.Post;

/**
 * Retrieve → fuse → rerank → band, for one post at a time. Thread-safe when its stages are.
 *
 * @param retrievers first-stage retrievers, in a fixed order
 * @param fuser combines their lists
 * @param reranker reorders the fused list
 * @param thresholds confidence bands
 * @param candidateDepth how many candidates each retriever returns (≥ topK)
 */
public record MatchPipeline(
    List<CandidateRetriever> retrievers,
    Fuser fuser,
    Reranker reranker,
    ConfidenceThresholds thresholds,
    int candidateDepth) {

  public MatchPipeline {
    retrievers = List.copyOf(retrievers);
    if (retrievers.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs at least one retriever");
    }
  }

  /** Lets every retriever prepare a batch (e.g. encode all its posts at once); call before matching it. */
  public void prepare(List<Post> batch) {
    for (CandidateRetriever r : retrievers) {
      r.prepare(batch);
    }
  }

  /**
   * The first-stage lists and the fused list of a post, before reranking (for training a reranker).
   *
   * @param lists one list per retriever, in pipeline order
   * @param fused the fused list
   */
  public record Stages(List<RankedList> lists, RankedList fused) {}

  /** Retrieves and fuses {@code candidateDepth} candidates without reranking. */
  public Stages stages(Post post) {
    List<RankedList> lists = retrieve(post, candidateDepth, Set.of());
    return new Stages(lists, fuser.fuse(post, lists, candidateDepth));
  }

  /**
   * Matches as if the given fact-checks had never been published: they are removed from every
   * first-stage list before fusion and reranking. Used to calibrate confidence on posts whose
   * fact-check is absent (every CheckThat! query has one).
   */
  public PostMatches matchWithout(Post post, Set<String> excluded, int topK) {
    int depth = Math.max(topK, candidateDepth);
    List<RankedList> lists = retrieve(post, depth, excluded);
    RankedList ranked = reranker.rerank(post, fuser.fuse(post, lists, depth), lists, topK);
    int words = ConfidenceThresholds.words(post.text());
    List<RankedMatch> out = new ArrayList<>(ranked.matches().size());
    for (Match m : ranked.matches()) {
      double confidence = ranked.confidence(m);
      out.add(new RankedMatch(m, confidence, thresholds.band(confidence, words)));
    }
    return new PostMatches(post, out);
  }

  /**
   * @param post the post to match
   * @param topK matches to keep, ≥ 1
   * @throws UncheckedIOException if the index cannot be read
   */
  public PostMatches match(Post post, int topK) {
    return matchWithout(post, Set.of(), topK);
  }

  /** Each retriever's list of {@code depth} candidates, without the excluded ids. */
  private List<RankedList> retrieve(Post post, int depth, Set<String> excluded) {
    try {
      List<RankedList> lists = new ArrayList<>(retrievers.size());
      for (CandidateRetriever r : retrievers) {
        lists.add(r.retrieve(post, depth + excluded.size()).without(excluded));
      }
      return lists;
    } catch (IOException e) {
      throw new UncheckedIOException("matching post " + post.id() + " failed", e);
    }
  }
}
