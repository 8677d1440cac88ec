/**
 * Lucene analyzers built on the plain-Java normalisers of {@code org.factdesk.text}.
 *
 * <p>House style (from Lucene): a plain normaliser class with no Lucene imports, a thin
 * {@code CharFilter}/{@code TokenFilter} around it, and an {@code Analyzer} that composes them.
 * Analyzers here are the single source of tokens for every back end: the embedded Lucene index and
 * the OpenSearch cluster both receive exactly the terms they produce.
 *
 * <ul>
 *   <li>{@link org.factdesk.text.analysis.MatchAnalyzer}: the English chain (UAX #29 tokens,
 *       stop words, stemming), also used for languages other than Vietnamese.
 *   <li>{@link org.factdesk.text.analysis.VietnameseAnalyzer}: syllable unigrams plus
 *       {@code _}-joined bigrams, {@code EXACT} (diacritics kept) or {@code FOLDED}, index side or
 *       query side (teencode expanded). Built from
 *       {@link org.factdesk.text.analysis.SocialTokensCharFilter},
 *       {@link org.factdesk.text.analysis.VietnameseNormalizingCharFilter},
 *       {@link org.factdesk.text.analysis.TeencodeCharFilter} and
 *       {@link org.factdesk.text.analysis.DiacriticFoldingFilter}. The char filters buffer their
 *       input, call a plain transform that returns an {@link org.factdesk.text.OffsetMap}, and
 *       correct offsets from it, so highlighting points at the original text.
 *   <li>{@link org.factdesk.text.analysis.MultilingualMatchAnalysis}: String in, term lists out,
 *       per language ({@link org.factdesk.text.LanguageIdentifier} when none is given): exact and
 *       folded terms for Vietnamese, {@code MatchAnalyzer} terms otherwise.
 *   <li>{@link org.factdesk.text.analysis.TokenLists}: runs any analyzer into a term list.
 * </ul>
 *
 * <p>To add a language: a plain normaliser in {@code text} if needed, a chain here, a case in
 * {@code MultilingualMatchAnalysis}, and tests asserting exact tokens and offsets plus seeded
 * random text ({@code VietnameseAnalyzerRandomTest} is the model).
 */
package org.factdesk.text.analysis;
