/**
 * The embedded Lucene 9 back end (default): an on-disk index under {@code <data-dir>/index}.
 *
 * <p>Terms arrive pre-analysed and are indexed verbatim through {@link
 * org.factdesk.index.lucene.TermListTokenStream}; BM25 parameters are set per field with a
 * {@code PerFieldSimilarityWrapper}. Hits' stored fact-checks are parsed once per segment document
 * ({@link org.factdesk.index.lucene.StoredFactChecks}). Also holds the plain {@code StandardAnalyzer} BM25 baseline
 * used by evaluation.
 */
package org.factdesk.index.lucene;
