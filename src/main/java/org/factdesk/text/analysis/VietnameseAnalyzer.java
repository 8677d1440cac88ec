package org.factdesk.text.analysis;

import java.io.Reader;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Vietnamese analysis chain: syllable unigrams plus syllable bigrams, with or without
 * diacritics, for posts and fact-checks.
 *
 * <p>Chain: Lucene's {@link HTMLStripCharFilter} (tags out, entities decoded) →
 * {@link SocialTokensCharFilter} (URLs, e-mails, @handles, emoji out; hashtags without
 * {@code #}, split at camel case) → {@link VietnameseNormalizingCharFilter} (NFC per UAX #15,
 * old-style tone marks {@code hòa/khỏe/thúy}, invisible chars) → on the {@link Side#QUERY} side
 * only, {@link TeencodeCharFilter} ({@code ko đc → không được}) → {@link StandardTokenizer}
 * (UAX #29 word breaks) → {@link LowerCaseFilter} (per code point, locale-free like
 * {@code Locale.ROOT}) → in {@link Form#FOLDED} only, {@link DiacriticFoldingFilter}
 * ({@code đ → d}) → {@link ShingleFilter} with unigrams and bigrams joined by {@value #SEPARATOR}.
 *
 * <p>Why bigrams: Vietnamese spaces separate syllables, not words ({@code Việt Nam},
 * {@code thông tin}), so adjacent-syllable pairs stand in for words without a segmenter. The
 * separator is {@code _}, not a space, because back ends receive pre-analysed terms on a whitespace
 * analyzer. A hyphen is a syllable break (UAX #29 splits on it), so {@code vắc-xin},
 * {@code vắc xin} and, folded, {@code vac xin} all give {@code vắc, vắc_xin, xin} /
 * {@code vac, vac_xin, xin}. No stop words: function syllables carry meaning in bigrams
 * ({@code không_được}) and BM25 discounts them; removing them would also leave shingle gaps.
 *
 * <p>Example ({@code EXACT}, index side): {@code "Vắc-xin COVID-19 gây vô sinh"} →
 * {@code vắc, vắc_xin, xin, xin_covid, covid, covid_19, 19, 19_gây, gây, gây_vô, vô, vô_sinh,
 * sinh}. Offsets point into the original text; a bigram spans both syllables.
 *
 * <p>Does not: segment glued syllables ({@code vắcxin}), map homoglyphs, or stop bigrams at
 * sentence punctuation (a bigram may join the last syllable of one sentence to the first of the
 * next). Thread-safe like every Lucene {@link Analyzer}.
 */
public final class VietnameseAnalyzer extends Analyzer {

  /** Joins the two syllables of a bigram term. */
  public static final String SEPARATOR = "_";

  /** Whether diacritics are kept. */
  public enum Form {
    /** Diacritics kept: {@code đường} and {@code Dương} differ. */
    EXACT,
    /** Diacritics folded ({@code đ → d}): matches text typed without them. */
    FOLDED
  }

  /** Which text the chain is for. */
  public enum Side {
    /** Fact-checks: standard spelling, no teencode expansion. */
    INDEX,
    /** Posts and queries: teencode and chat abbreviations are expanded. */
    QUERY
  }

  private final Form form;
  private final Side side;

  /**
   * @param form keep or fold diacritics
   * @param side index (fact-checks) or query (posts: teencode expanded)
   */
  public VietnameseAnalyzer(Form form, Side side) {
    this.form = form;
    this.side = side;
  }

  /** The chain for fact-check text in the given form. */
  public static VietnameseAnalyzer forIndex(Form form) {
    return new VietnameseAnalyzer(form, Side.INDEX);
  }

  /** The chain for post/query text in the given form (teencode expanded). */
  public static VietnameseAnalyzer forQuery(Form form) {
    return new VietnameseAnalyzer(form, Side.QUERY);
  }

  /** The form of this chain. */
  public Form form() {
    return form;
  }

  /** The side of this chain. */
  public Side side() {
    return side;
  }

  /** A short id naming the chain, recorded with the index so a changed chain forces a rebuild. */
  public String id() {
    return "vi-social-norm-" + (side == Side.QUERY ? "teen-" : "") + "std-lower-"
        + (form == Form.FOLDED ? "fold-" : "") + "shingle2-v1";
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    Reader r = new VietnameseNormalizingCharFilter(
        new SocialTokensCharFilter(new HTMLStripCharFilter(reader)));
    return side == Side.QUERY ? new TeencodeCharFilter(r) : r;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    if (form == Form.FOLDED) {
      stream = new DiacriticFoldingFilter(stream);
    }
    ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
    shingles.setOutputUnigrams(true);
    shingles.setTokenSeparator(SEPARATOR);
    shingles.setFillerToken("");
    return new TokenStreamComponents(source, shingles);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new VietnameseNormalizingCharFilter(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    return form == Form.FOLDED ? new DiacriticFoldingFilter(stream) : stream;
  }

  @Override
  public String toString() {
    return "VietnameseAnalyzer[" + form.name().toLowerCase(Locale.ROOT) + ", "
        + side.name().toLowerCase(Locale.ROOT) + "]";
  }
}
