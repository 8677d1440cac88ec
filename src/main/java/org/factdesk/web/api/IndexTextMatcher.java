package org.factdesk.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.match.MatchPipeline;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.pipeline.MatchingSettings;

/**
 * {@link TextMatcher} over the fact-check index: the text is matched as a post by a {@link
 * MatchPipeline}, as {@code factdesk ingest} matches new posts, and matches under the threshold are
 * dropped. Thread-safe when the pipeline is (the BM25 pipeline is).
 */
public final class IndexTextMatcher implements TextMatcher {
  private final MatchPipeline pipeline;
  private final AtomicLong requests = new AtomicLong();

  /** @param pipeline the matching pipeline, e.g. {@code MatchingSettings.defaults().lexicalPipeline(index)} */
  public IndexTextMatcher(MatchPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The lexical (BM25) matcher with the tuned default settings: no model is loaded, fast. */
  public static IndexTextMatcher bm25(FactCheckIndex index) {
    return new IndexTextMatcher(MatchingSettings.defaults().lexicalPipeline(index));
  }

  @Override
  public List<TextMatch> match(String text, int topK, double threshold) {
    Post post = Post.of("api-" + requests.incrementAndGet(), text);
    List<TextMatch> out = new ArrayList<>();
    for (RankedMatch m : pipeline.match(post, topK).matches()) {
      if (m.confidence() < threshold) {
        continue;
      }
      FactCheck fc = m.match().factCheck();
      out.add(new TextMatch(out.size() + 1, fc.id(), fc.claimReviewed(), fc.title(), fc.url(),
          fc.reviewRating() == null ? null : fc.reviewRating().alternateName(), m.match().score(), m.confidence(),
          m.band().label()));
    }
    return out;
  }
}
