/**
 * The fact-check search index behind a small interface, {@link org.factdesk.index.SearchBackend}.
 *
 * <p>Documents and queries cross the interface already analysed ({@link
 * org.factdesk.index.AnalyzedDocument}, {@link org.factdesk.index.LexicalQuery}): factdesk's own
 * Java analyzer produces the tokens, so the embedded Lucene back end ({@code index.lucene}, default)
 * and a cluster back end (OpenSearch, later) index identical tokens and rank alike. To add a back
 * end, implement {@code SearchBackend} and pass the shared contract tests.
 *
 * <p>Must not import {@code match} or {@code web}.
 */
package org.factdesk.index;
