package org.factdesk.text.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.text.DiacriticFolder;
import org.factdesk.text.Language;
import org.factdesk.text.LanguageIdentifier;

/**
 * The terms a text contributes to matching, chosen by its language: String in, term lists out.
 *
 * <p>Vietnamese ({@link Language#VI}): two lists from {@link VietnameseAnalyzer}, syllable
 * unigrams plus {@code _}-joined bigrams, {@code exact} with diacritics and {@code folded} without.
 * Documents (fact-checks) use the {@link VietnameseAnalyzer.Side#INDEX} chains; queries (posts)
 * the {@link VietnameseAnalyzer.Side#QUERY} chains, which also expand teencode. English and every
 * other language: the {@link MatchAnalyzer} chain (already accent-folded and stemmed), so
 * {@code exact} and {@code folded} are the same list.
 *
 * <p>Intended wiring (done in {@code index}, not here): one field per form, e.g. {@code all}
 * (exact) and {@code all_folded}, both queried with the exact field weighted higher, so a post
 * typed with diacritics ranks exact-diacritic hits first ({@code đường} above {@code Dương}) while
 * one typed without still finds both. Example:
 * {@code forQuery("ko đc ra đg", VI).exact()} = {@code [không, không_được, được, được_ra, ra,
 * ra_đường, đường]}.
 *
 * <p>Thread-safe: Lucene analyzers keep per-thread state.
 */
public final class MultilingualMatchAnalysis {

  /**
   * Terms of one text.
   *
   * @param language the language the chain was chosen for
   * @param exact terms for the exact (diacritic-keeping) field
   * @param folded terms for the folded field; equal to {@code exact} outside Vietnamese
   */
  public record AnalyzedText(Language language, List<String> exact, List<String> folded) {
    /** Copies both lists. */
    public AnalyzedText {
      Objects.requireNonNull(language, "language");
      exact = List.copyOf(exact);
      folded = List.copyOf(folded);
    }
  }

  private final VietnameseAnalyzer exactIndex = VietnameseAnalyzer.forIndex(VietnameseAnalyzer.Form.EXACT);
  private final VietnameseAnalyzer foldedIndex = VietnameseAnalyzer.forIndex(VietnameseAnalyzer.Form.FOLDED);
  private final VietnameseAnalyzer exactQuery = VietnameseAnalyzer.forQuery(VietnameseAnalyzer.Form.EXACT);
  private final VietnameseAnalyzer foldedQuery = VietnameseAnalyzer.forQuery(VietnameseAnalyzer.Form.FOLDED);
  private final MatchAnalyzer english;
  private final LanguageIdentifier identifier;

  /** Vietnamese chains, the default {@link MatchAnalyzer} and the standard identifier. */
  public MultilingualMatchAnalysis() {
    this(new MatchAnalyzer(), LanguageIdentifier.standard());
  }

  /**
   * @param english the chain for English and other languages
   * @param identifier used when no language is given
   */
  public MultilingualMatchAnalysis(MatchAnalyzer english, LanguageIdentifier identifier) {
    this.english = Objects.requireNonNull(english, "english");
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  /**
   * Terms of fact-check text (no teencode expansion).
   *
   * @param text any text; null or empty gives empty lists
   * @param language its language; null means identify it
   */
  public AnalyzedText forDocument(String text, Language language) {
    return analyze(text, language, exactIndex, foldedIndex);
  }

  /**
   * Terms of post/query text (Vietnamese teencode expanded).
   *
   * @param text any text; null or empty gives empty lists
   * @param language its language; null means identify it
   */
  public AnalyzedText forQuery(String text, Language language) {
    return analyze(text, language, exactQuery, foldedQuery);
  }

  /** Identifies the language of {@code text}, then {@link #forDocument(String, Language)}. */
  public AnalyzedText forDocument(String text) {
    return forDocument(text, null);
  }

  /** Identifies the language of {@code text}, then {@link #forQuery(String, Language)}. */
  public AnalyzedText forQuery(String text) {
    return forQuery(text, null);
  }

  /** The language {@link LanguageIdentifier} assigns to {@code text}. */
  public Language identify(String text) {
    return identifier.identify(text);
  }

  /** Names all chains, for the index settings: a change forces a rebuild. */
  public String id() {
    return "multi[vi=" + exactIndex.id() + "+" + foldedIndex.id() + ";other=" + english.id() + "]";
  }

  /**
   * Vietnamese: the text runs through the exact chain only. The folded chain is the same chain
   * with {@link DiacriticFoldingFilter} before the shingles, a per-token {@link
   * DiacriticFolder#fold} that keeps positions and never empties a token; folding a bigram {@code
   * a_b} gives {@code fold(a)_fold(b)} ({@code _} folds to itself and resets the fold), so the
   * folded terms are the exact terms folded, in the same order, at half the cost. {@code
   * MultilingualMatchAnalysisTest} checks this against the folded chain on random text.
   */
  private AnalyzedText analyze(String text, Language language, VietnameseAnalyzer exact,
      VietnameseAnalyzer folded) {
    Language lang = language != null ? language : identifier.identify(text);
    if (lang == Language.VI) {
      assert folded.form() == VietnameseAnalyzer.Form.FOLDED && folded.side() == exact.side();
      List<String> terms = TokenLists.analyze(exact, "exact", text);
      List<String> foldedTerms = new ArrayList<>(terms.size());
      for (String term : terms) {
        foldedTerms.add(DiacriticFolder.fold(term));
      }
      return new AnalyzedText(lang, terms, foldedTerms);
    }
    List<String> terms = TokenLists.analyze(english, "all", text);
    return new AnalyzedText(lang, terms, terms);
  }
}
