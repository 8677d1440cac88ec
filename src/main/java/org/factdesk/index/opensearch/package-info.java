/**
 * The fact-check index on an OpenSearch cluster ({@link
 * org.factdesk.index.opensearch.OpenSearchBackend}), selected with {@code --index-url}; ranks like
 * the embedded {@code index.lucene} back end.
 *
 * <p>{@link org.factdesk.index.opensearch.OpenSearchRequests} builds every JSON body (pure,
 * unit-tested; the versioned mapping is {@code src/main/resources/opensearch/factchecks-v1.json}),
 * {@link org.factdesk.index.opensearch.ClusterClient} sends them with the official {@code
 * opensearch-java} client and retries, {@code BulkIndexer} writes with back-pressure. A mapping
 * change gets a new file {@code factchecks-v2.json} and a new {@code MAPPING_VERSION}: indexes are
 * named {@code <alias>-v<version>-<generation>}, and a rebuild swaps the alias atomically.
 *
 * <p>Must not import {@code match}, {@code pipeline} or {@code web}.
 */
package org.factdesk.index.opensearch;
