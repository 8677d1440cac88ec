package org.factdesk.match;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.factdesk.model.Post;

/**
 * Post vectors encoded ahead of matching, one batch at a time (batched encoding is several times
 * faster than one post at a time), then handed to {@link DenseRetriever} per post.
 */
public final class QueryVectors {
  private final Function<List<String>, List<float[]>> encodeBatch;
  private final Function<String, float[]> encodeOne;
  private final Map<String, float[]> ready = new ConcurrentHashMap<>();

  /**
   * @param encodeBatch encodes many texts (one unit vector each, same order)
   * @param encodeOne encodes one text (used for a post that was not prepared)
   */
  public QueryVectors(Function<List<String>, List<float[]>> encodeBatch, Function<String, float[]> encodeOne) {
    this.encodeBatch = encodeBatch;
    this.encodeOne = encodeOne;
  }

  /** Encodes the texts of a batch of posts in one call. */
  public void prepare(List<Post> posts) {
    List<float[]> vs = encodeBatch.apply(posts.stream().map(Post::text).toList());
    for (int i = 0; i < posts.size(); i++) {
      ready.put(key(posts.get(i)), vs.get(i));
    }
  }

  /** The post's vector: prepared (and forgotten) if available, else encoded now. */
  public float[] take(Post post) {
    float[] v = ready.remove(key(post));
    return v != null ? v : encodeOne.apply(post.text());
  }

  private static String key(Post p) {
    return p.id() + '\u0000' + p.text();
  }
}
