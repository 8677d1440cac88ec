package org.factdesk.narratives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.Post;
import org.factdesk.model.Rating;

/**
 * Groups posts that say the same thing into narratives, one post at a time (single-pass).
 *
 * <p>For each new post, in this order:
 *
 * <ol>
 *   <li><b>near-duplicate</b>: the LSH candidates among earlier posts are compared by estimated
 *       MinHash Jaccard ({@link MinHasher}); a narrative scores the best Jaccard of its members, and
 *       the best narrative with score ≥ {@code nearDuplicate} is joined;
 *   <li>else, if a vector is given, <b>paraphrase</b>: cosine to each narrative's centroid (the
 *       mean of its members' vectors; narratives whose members had no vectors are skipped), and the
 *       best with cosine ≥ {@code paraphrase} is joined;
 *   <li>else a new narrative starts, with the next id {@code n-000001}, {@code n-000002}…
 * </ol>
 *
 * Ties go to the lowest narrative id, so the same posts in the same order always give the same
 * narratives. A post id seen before returns its narrative unchanged. The paraphrase step scans
 * every narrative (O(narratives × dimension) per post): fine for tens of thousands of narratives;
 * beyond that, restrict it to recently active narratives or use an ANN index.
 *
 * <p>Works on claims, not people: it never sees an author. Not thread-safe.
 */
public final class NarrativeClusterer {
  private final ClustererSettings settings;
  private final LshIndex lsh;
  private final List<long[]> signatures = new ArrayList<>(); // by LSH item number
  private final List<Integer> narrativeOfItem = new ArrayList<>(); // by LSH item number
  private final List<State> narratives = new ArrayList<>();
  private final Map<String, Integer> byPost = new HashMap<>();

  private static final class State {
    final List<NarrativePost> posts = new ArrayList<>();
    double[] vectorSum;
    FactCheckLink factCheck;
  }

  public NarrativeClusterer(ClustererSettings settings) {
    this.settings = settings;
    this.lsh = new LshIndex(settings.bands(), settings.rows());
  }

  /** Number of narratives so far. */
  public int size() {
    return narratives.size();
  }

  /**
   * Assigns a post to a narrative (joining or starting one).
   *
   * @param postId the post's id; never blank
   * @param text the post text
   * @param vector the post's unit-length sentence vector, or null for near-duplicates only
   * @param publishedAt publication time, or null when unknown
   * @param source public page/outlet, or null
   * @param engagement likes + shares + comments, ≥ 0
   * @return the narrative id, e.g. {@code n-000001}
   * @throws IllegalArgumentException if the id is blank, engagement is negative, or the vector's
   *     length differs from earlier vectors
   */
  public String assign(String postId, String text, float[] vector, Instant publishedAt, String source, long engagement) {
    if (postId == null || postId.isBlank() || engagement < 0) {
      throw new IllegalArgumentException("need a post id and engagement >= 0, got '" + postId + "', " + engagement);
    }
    Integer seen = byPost.get(postId);
    if (seen != null) {
      return id(seen);
    }
    long[] sig = settings.hasher().signature(text);
    int target = nearDuplicate(sig);
    if (target < 0 && vector != null) {
      target = paraphrase(vector);
    }
    if (target < 0) {
      target = narratives.size();
      narratives.add(new State());
    }
    State n = narratives.get(target);
    n.posts.add(new NarrativePost(postId, publishedAt, source, engagement));
    if (vector != null) {
      if (n.vectorSum == null) {
        n.vectorSum = new double[vector.length];
      } else if (n.vectorSum.length != vector.length) {
        throw new IllegalArgumentException("vector of " + vector.length + " dimensions, expected " + n.vectorSum.length);
      }
      for (int i = 0; i < vector.length; i++) {
        n.vectorSum[i] += vector[i];
      }
    }
    lsh.add(sig);
    signatures.add(sig);
    narrativeOfItem.add(target);
    byPost.put(postId, target);
    return id(target);
  }

  /** {@link #assign(String, String, float[], Instant, String, long)} for a post (its author is not used). */
  public String assign(Post post, float[] vector) {
    return assign(post.id(), post.text(), vector, post.publishedAt(), post.source(), post.engagement().total());
  }

  private int nearDuplicate(long[] sig) {
    double[] best = new double[narratives.size()];
    for (int item : lsh.candidates(sig)) {
      int n = narrativeOfItem.get(item);
      best[n] = Math.max(best[n], MinHasher.jaccard(sig, signatures.get(item)));
    }
    return argmax(best, settings.nearDuplicate());
  }

  private int paraphrase(float[] v) {
    double[] cos = new double[narratives.size()];
    for (int n = 0; n < cos.length; n++) {
      double[] sum = narratives.get(n).vectorSum;
      if (sum == null || sum.length != v.length) {
        cos[n] = Double.NEGATIVE_INFINITY;
        continue;
      }
      double dot = 0;
      double norm = 0;
      for (int i = 0; i < v.length; i++) {
        dot += v[i] * sum[i];
        norm += sum[i] * sum[i];
      }
      cos[n] = norm == 0 ? 0 : dot / Math.sqrt(norm);
    }
    return argmax(cos, settings.paraphrase());
  }

  /** Index of the highest score ≥ threshold, lowest index on ties; -1 if none. */
  private static int argmax(double[] scores, double threshold) {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Links a narrative to a fact-check; it then carries the verdict. A later link replaces an
   * earlier one.
   *
   * @throws IllegalArgumentException if there is no such narrative
   */
  public void link(String narrativeId, String factCheckId, Rating verdict) {
    narratives.get(index(narrativeId)).factCheck = new FactCheckLink(factCheckId, verdict);
  }

  /** The narrative of a post, if it was assigned. */
  public Optional<String> narrativeOf(String postId) {
    Integer n = byPost.get(postId);
    return n == null ? Optional.empty() : Optional.of(id(n));
  }

  /**
   * A snapshot of one narrative.
   *
   * @throws IllegalArgumentException if there is no such narrative
   */
  public Narrative narrative(String narrativeId) {
    return snapshot(index(narrativeId));
  }

  /** Snapshots of all narratives, by id. */
  public List<Narrative> narratives() {
    List<Narrative> out = new ArrayList<>();
    for (int i = 0; i < narratives.size(); i++) {
      out.add(snapshot(i));
    }
    return out;
  }

  private Narrative snapshot(int i) {
    State s = narratives.get(i);
    return new Narrative(id(i), s.posts, s.factCheck);
  }

  private int index(String narrativeId) {
    if (narrativeId != null && narrativeId.matches("n-\\d{6,}")) {
      int i = Integer.parseInt(narrativeId.substring(2)) - 1;
      if (i >= 0 && i < narratives.size()) {
        return i;
      }
    }
    throw new IllegalArgumentException("no narrative " + narrativeId);
  }

  /** {@code n-000001} for index 0. */
  static String id(int index) {
    return String.format(Locale.ROOT, "n-%06d", index + 1);
  }
}
