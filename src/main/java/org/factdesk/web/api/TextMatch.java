package org.factdesk.web.api;

/**
 * One fact-check matched to a text by {@code POST /api/v1/match}.
 *
 * @param rank 1-based rank
 * @param factCheckId the fact-check's id in the index
 * @param claim the claim reviewed
 * @param title the article title; may be null
 * @param url the article URL; may be null
 * @param rating the verdict text ({@code alternateName}); may be null
 * @param score the retriever's score (BM25: unbounded, higher is better)
 * @param confidence calibrated confidence in [0, 1]
 * @param band {@code confident}, {@code suggested} or {@code none}
 */
public record TextMatch(int rank, String factCheckId, String claim, String title, String url, String rating,
    double score, double confidence, String band) {}
