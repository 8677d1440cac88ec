package org.factdesk.match.rerank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.match.RankedList;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Match;
import org.factdesk.model.Post;
import org.factdesk.text.Language;
import org.factdesk.text.analysis.MultilingualMatchAnalysis;

/**
 * Features of one (post, candidate fact-check) pair for the reranker, all available offline and
 * roughly in [0, 1] (the length feature up to ~5): per-retriever confidence and reciprocal rank
 * (0 when the retriever did not return the candidate), the fused confidence and its gap to the top
 * candidate, the share of the post's distinct analysed terms found in the claim and in the title,
 * and the overlap of numbers (figures are what CheckThat! tweets and fact-checks most often share,
 * cf. Shaar et al. ACL 2020 "That is a Known Lie", whose reranker also combines BM25 and
 * Sentence-BERT scores).
 */
public final class RerankFeatures {
  /** Feature names, in the order of {@link #compute}'s output. */
  public static final List<String> NAMES = List.of(
      "bm25_conf", "bm25_rr", "dense_cos", "dense_rr", "fused_conf", "fused_gap",
      "claim_cover", "title_cover", "number_overlap", "post_has_numbers", "post_terms_log");

  /** {@link #NAMES} as the array Tribuo examples take; shared, never modified. */
  static final String[] NAME_ARRAY = NAMES.toArray(new String[0]);

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private final MultilingualMatchAnalysis analysis;

  /** @param analysis the chains used by the index (so coverage is measured on the same terms) */
  public RerankFeatures(MultilingualMatchAnalysis analysis) {
    this.analysis = analysis;
  }

  /** The post-side data computed once per post. */
  public record PostSide(Language language, Set<String> terms, Set<String> numbers) {}

  /** Analyses the post once. */
  public PostSide post(Post post) {
    Language lang = Language.fromTag(post.language());
    MultilingualMatchAnalysis.AnalyzedText q = analysis.forQuery(post.text(), lang == Language.UNKNOWN ? null : lang);
    return new PostSide(q.language(), new HashSet<>(q.exact()), numbers(post.text()));
  }

  /**
   * @param side the post's analysis
   * @param candidate the fused candidate
   * @param fused the fused list (its first entry is the top candidate)
   * @param firstStage retriever lists in pipeline order: [bm25, dense]; a missing list counts as
   *     empty
   * @return {@link #NAMES}.size() values
   */
  public double[] compute(PostSide side, Match candidate, RankedList fused, List<RankedList> firstStage) {
    FactCheck fc = candidate.factCheck();
    double[] f = new double[NAMES.size()];
    fillRetriever(f, 0, fc.id(), firstStage.size() > 0 ? firstStage.get(0) : RankedList.EMPTY);
    fillRetriever(f, 2, fc.id(), firstStage.size() > 1 ? firstStage.get(1) : RankedList.EMPTY);
    f[4] = fused.confidence(candidate);
    f[5] = f[4] - fused.confidence(fused.matches().get(0));
    f[6] = cover(side, fc.claimReviewed());
    f[7] = cover(side, fc.title());
    Set<String> fcNumbers = numbers(fc.claimReviewed() + " " + (fc.title() == null ? "" : fc.title()));
    long shared = side.numbers().stream().filter(fcNumbers::contains).count();
    f[8] = side.numbers().isEmpty() ? 0 : shared / (double) side.numbers().size();
    f[9] = side.numbers().isEmpty() ? 0 : 1;
    f[10] = Math.log1p(side.terms().size());
    return f;
  }

  private static void fillRetriever(double[] f, int at, String id, RankedList list) {
    for (Match m : list.matches()) {
      if (m.factCheck().id().equals(id)) {
        f[at] = list.confidence(m);
        f[at + 1] = 1.0 / m.rank();
        return;
      }
    }
  }

  private double cover(PostSide side, String text) {
    if (side.terms().isEmpty() || text == null || text.isBlank()) {
      return 0;
    }
    Set<String> doc = new HashSet<>(analysis.forDocument(text, side.language()).exact());
    long hit = side.terms().stream().filter(doc::contains).count();
    return hit / (double) side.terms().size();
  }

  static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", "").replace(".", ""));
    }
    return out;
  }
}
