package org.factdesk.text.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer factdesk uses to match posts against fact-checks (English chain).
 *
 * <p>Chain: URLs, {@code pic.twitter.com} links and {@code @handles} are blanked out by a
 * {@link PatternReplaceCharFilter} (offsets stay correct; handles are never indexed, for privacy),
 * then {@link StandardTokenizer} (UAX #29 word breaks), English possessive removal, lower-casing
 * ({@code Locale.ROOT} semantics), ASCII folding, English stop words and a stemmer.
 *
 * <p>It does not segment Vietnamese words or expand abbreviations; that is the Vietnamese chain's
 * job. Example: {@code "Obama's 122 detainees https://t.co/x @bob"} → {@code [obama, 122, detaine]}
 * with Porter stemming.
 */
public final class MatchAnalyzer extends Analyzer {

  /** Which stemmer closes the chain. */
  public enum Stemmer {
    /** Porter (1980) suffix stripping: aggressive, best recall. */
    PORTER,
    /** Krovetz (1993) KStem: dictionary-based, conservative. */
    KSTEM,
    /** No stemming. */
    NONE
  }

  /** URLs (with or without scheme), bare pic.twitter.com links, and @handles. */
  static final Pattern NOISE =
      Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+|(?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_]+");

  private final Stemmer stemmer;
  private final boolean removeStopWords;
  private final CharArraySet stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /** The default chain: Porter stemming and Lucene's English stop words. */
  public MatchAnalyzer() {
    this(Stemmer.PORTER);
  }

  /** @param stemmer the stemmer to close the chain with */
  public MatchAnalyzer(Stemmer stemmer) {
    this(stemmer, true);
  }

  /**
   * @param stemmer the stemmer to close the chain with
   * @param removeStopWords whether to drop Lucene's 33 English stop words
   */
  public MatchAnalyzer(Stemmer stemmer, boolean removeStopWords) {
    this.stemmer = stemmer;
    this.removeStopWords = removeStopWords;
  }

  /** A short id naming the chain, recorded with the index so a changed chain forces a rebuild. */
  public String id() {
    return "en-std-poss-lower-fold-" + (removeStopWords ? "stop-" : "") + stemmer.name().toLowerCase(java.util.Locale.ROOT) + "-v1";
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(NOISE, " ", reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (removeStopWords) {
      stream = new StopFilter(stream, stopWords);
    }
    switch (stemmer) {
      case PORTER -> stream = new PorterStemFilter(stream);
      case KSTEM -> stream = new KStemFilter(stream);
      case NONE -> { }
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
