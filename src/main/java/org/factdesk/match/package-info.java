/**
 * Matching posts (or claims) to published fact-checks, as in CLEF CheckThat! Task 2 ("detecting
 * previously fact-checked claims").
 *
 * <p>Three stages joined by small interfaces: {@link org.factdesk.match.CandidateRetriever} (BM25
 * now; dense retrieval later), {@link org.factdesk.match.Fuser} (e.g. {@link
 * org.factdesk.match.ReciprocalRankFusion}) and {@link org.factdesk.match.Reranker}; then {@link
 * org.factdesk.match.ConfidenceThresholds} put each match in a {@link
 * org.factdesk.match.ConfidenceBand}. {@link org.factdesk.match.MatchPipeline} wires them. To add a
 * retriever, implement {@code CandidateRetriever} with a distinct {@code tag()} (it goes into run
 * files) and add it to the pipeline's list. {@link org.factdesk.match.CandidateCosineRetriever} stands
 * in for {@link org.factdesk.match.DenseRetriever} when the index cannot search vectors (an
 * OpenSearch cluster without the k-NN plugin): cosine over the BM25 candidates.
 *
 * <p>Must not import {@code web}.
 */
package org.factdesk.match;
