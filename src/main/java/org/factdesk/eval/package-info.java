/**
 * Retrieval evaluation: relevance judgements, TREC run files, the CLEF CheckThat! Task 2 metrics
 * and regression expectations kept as data.
 *
 * <ul>
 *   <li>{@link org.factdesk.eval.Qrels} reads gold judgements (fails fast on a bad line);
 *       {@link org.factdesk.eval.RunFile} reads and streams {@code qid Q0 docid rank score tag}
 *       runs.
 *   <li>{@link org.factdesk.eval.RetrievalMetrics} computes MAP@k, MRR, P@k and R@k into a
 *       {@link org.factdesk.eval.MetricReport}, following the official CheckThat! scorer (the
 *       class Javadoc gives the exact definitions and the source read);
 *       {@link org.factdesk.eval.MetricsTable} prints several methods side by side.
 *   <li>{@link org.factdesk.eval.RegressionSpec} loads {@code src/main/resources/eval/<name>.yaml}
 *       (expected scores per method, with a tolerance) and {@link
 *       org.factdesk.eval.RegressionCheck} compares a report with it.
 *   <li>{@link org.factdesk.eval.ClusteringMetrics} scores a clustering against gold clusters
 *       (B-cubed precision/recall/F1 and the adjusted Rand index), for narratives.
 * </ul>
 *
 * <p>To add a metric: compute it per query in {@code RetrievalMetrics}, add its name to {@code
 * METRIC_NAMES} (specs may then expect it), and add a hand-computed case to {@code
 * RetrievalMetricsTest}. To add an experiment: add a YAML file under {@code
 * src/main/resources/eval/} with scores measured by a reproducible command; never edit expected
 * numbers without recording why.
 *
 * <p>Plain Java plus Jackson (YAML); imports no other factdesk package and must not import
 * {@code web} or {@code cli}.
 */
package org.factdesk.eval;
