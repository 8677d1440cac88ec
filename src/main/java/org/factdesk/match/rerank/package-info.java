/**
 * Learning-to-rank over the fused candidates: {@link org.factdesk.match.rerank.RerankFeatures}
 * (scores and ranks from each retriever, query-term coverage of claim and title, number overlap),
 * a logistic-regression model trained with Tribuo on CheckThat! train qrels ({@link
 * org.factdesk.match.rerank.RerankerTraining}), and {@link
 * org.factdesk.match.rerank.LearnedReranker}, whose probability of relevance is the match's
 * calibrated confidence. To add a feature: append it to {@code RerankFeatures.NAMES} and {@code
 * compute}, retrain ({@code factdesk train-reranker}) and re-run the regressions.
 */
package org.factdesk.match.rerank;
