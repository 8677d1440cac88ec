/**
 * Lucene analyzers built on the plain-Java normalisers of {@code org.factdesk.text}.
 *
 * <p>House style (from Lucene): a plain normaliser class with no Lucene imports, a thin
 * {@code CharFilter}/{@code TokenFilter} around it, and an {@code Analyzer} that composes them.
 * Analyzers here are the single source of tokens for every back end: the embedded Lucene index and
 * the OpenSearch cluster both receive exactly what {@link org.factdesk.text.analysis.MatchAnalyzer}
 * produces. To add a language, add an analysis chain and a case in
 * {@link org.factdesk.text.analysis.MatchAnalyzer}, with a test asserting exact tokens and offsets.
 */
package org.factdesk.text.analysis;
