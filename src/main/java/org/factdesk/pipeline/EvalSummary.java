package org.factdesk.pipeline;

import java.util.Map;
import org.factdesk.eval.ConfidenceCalibration;
import org.factdesk.eval.MetricReport;
import org.factdesk.ingest.ReadStats;

/**
 * Output of {@link EvalJob}.
 *
 * @param byMethod metrics per method (retrieval labels such as {@code bm25}, {@code hybrid}, then
 *     {@code baseline-standard-bm25}), in report order
 * @param collectionStats counts of the collection read
 * @param queryStats counts of the query file read
 * @param queriesEvaluated queries that are in the qrels and were matched
 * @param queriesInQrels queries in the qrels; metrics average over these (missing ones score 0)
 * @param indexSeconds wall time to analyse, embed (or reuse cached vectors) and index the collection
 * @param latency per method: {p50, p99} per-query matching latency in ms (one thread; post vectors
 *     encoded beforehand in batches, so dense latency excludes encoding)
 * @param calibration per method, or empty unless asked for
 */
public record EvalSummary(
    Map<String, MetricReport> byMethod,
    ReadStats collectionStats,
    ReadStats queryStats,
    int queriesEvaluated,
    int queriesInQrels,
    double indexSeconds,
    Map<String, double[]> latency,
    Map<String, ConfidenceCalibration> calibration) {}
