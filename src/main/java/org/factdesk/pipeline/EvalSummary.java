package org.factdesk.pipeline;

import java.util.Map;
import org.factdesk.eval.ConfidenceCalibration;
import org.factdesk.eval.MetricReport;
import org.factdesk.ingest.ReadStats;

/**
 * Output of {@link EvalJob}.
 *
 * @param byMethod metrics per method tag ({@code bm25}, {@code baseline-standard-bm25}), in that
 *     order
 * @param collectionStats counts of the collection read
 * @param queryStats counts of the query file read
 * @param queriesEvaluated queries that are in the qrels and were matched
 * @param queriesInQrels queries in the qrels; metrics average over these (missing ones score 0)
 * @param indexSeconds wall time to analyse and index the collection
 * @param latencyMillisP50 median per-query matching latency of our matcher (single query, warm)
 * @param latencyMillisP99 99th-percentile latency
 * @param calibration confidence calibration (null unless asked for)
 */
public record EvalSummary(
    Map<String, MetricReport> byMethod,
    ReadStats collectionStats,
    ReadStats queryStats,
    int queriesEvaluated,
    int queriesInQrels,
    double indexSeconds,
    double latencyMillisP50,
    double latencyMillisP99,
    ConfidenceCalibration calibration) {}
