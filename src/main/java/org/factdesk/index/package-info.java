/**
 * The fact-check search index behind a small interface, {@link org.factdesk.index.SearchBackend}.
 *
 * <p>Documents and queries cross the interface already analysed ({@link
 * org.factdesk.index.AnalyzedDocument}, {@link org.factdesk.index.LexicalQuery}): factdesk's own
 * Java analyzer produces the tokens, so the embedded Lucene back end ({@code index.lucene}, default)
 * and the cluster back end ({@code index.opensearch}, selected with {@code --index-url}) index
 * identical tokens and rank alike ({@code OpenSearchClusterTest} checks top-10, scores and MAP@5 on
 * CheckThat! 2022 dev-test). To add a back end, implement {@code SearchBackend} and check it against
 * the embedded index the same way.
 *
 * <p>Must not import {@code match} or {@code web}.
 */
package org.factdesk.index;
