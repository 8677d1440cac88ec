/**
 * Narratives: posts that say the same thing, how they spread over time and outlets, and alerts
 * when one already rated false/misleading is rising. Works on claims, not people: nothing here
 * reads {@code Post.authorKey}, and reach is aggregated per public page/outlet ({@code
 * Post.source}) only.
 *
 * <ul>
 *   <li>{@link org.factdesk.narratives.NarrativeClusterer} assigns each post, as it arrives, to a
 *       narrative ({@code n-000001}…): a near-duplicate ({@link org.factdesk.narratives.MinHasher}
 *       signatures of folded word shingles, {@link org.factdesk.narratives.LshIndex} candidates)
 *       or, with sentence vectors, a paraphrase (cosine to the narrative's centroid); thresholds
 *       in {@link org.factdesk.narratives.ClustererSettings}. Deterministic for the same input
 *       order. {@code link} ties a narrative to a fact-check; the {@link
 *       org.factdesk.narratives.Narrative} snapshot then carries the verdict.
 *   <li>{@link org.factdesk.narratives.TfidfCosineClusterer} is the baseline it is evaluated
 *       against ({@code factdesk eval-narratives}, {@code org.factdesk.eval.ClusteringMetrics}).
 *   <li>{@link org.factdesk.narratives.NarrativeTrends}: posts per local hour/day (default
 *       Asia/Ho_Chi_Minh), {@link org.factdesk.narratives.OutletReach} per outlet, total
 *       engagement. {@link org.factdesk.narratives.BurstDetector}: one-sided Poisson score of the
 *       latest bucket against the narrative's own history.
 *   <li>{@link org.factdesk.narratives.AlertRule} → {@link org.factdesk.narratives.Alert}; {@link
 *       org.factdesk.narratives.AlertLog} keeps one alert per narrative and window; {@link
 *       org.factdesk.narratives.Verdicts} decides which verdicts count as false/misleading.
 * </ul>
 *
 * <p><b>Wiring.</b> {@code factdesk run} does this in {@code pipeline.NarrativeTracker} (one
 * clusterer per run, posts in input order, the link and the alerts evaluated once at the end of the
 * run); {@code ingest} does not cluster yet. The main job or the ingester keeps one {@code NarrativeClusterer} per run (or per
 * installation, fed posts in publication order so ids stay stable) and, per post after claims and
 * matching:
 *
 * <pre>{@code
 * float[] v = encoder.encode(post.text());            // the SentenceEncoder matching already opened; null = near-dup only
 * String n = clusterer.assign(post, v);                // never pass or use authorKey
 * if (confidentMatch != null) {                        // a match in the confident band
 *   clusterer.link(n, fc.id(), fc.reviewRating());     // the narrative now carries the verdict
 * }
 * }</pre>
 *
 * then, once per batch (or hourly), for every narrative touched: {@code
 * rule.evaluate(clusterer.narrative(n), now).ifPresent(a -> { if (alertLog.add(a)) emit(a); })}
 * and {@code NarrativeTrends.daily(narrative)} for the report. State is in memory: to survive
 * restarts, replay stored posts in the same order (or persist narrative ids per post in {@code
 * store}).
 *
 * <p>To extend: another similarity signal goes into {@code NarrativeClusterer} as a step between
 * near-duplicate and paraphrase, with its threshold in {@code ClustererSettings} and numbers from
 * {@code eval-narratives} in {@code docs/benchmarks.md}; another burst model is a class beside
 * {@code BurstDetector} with tests on synthetic streams whose answer is known.
 *
 * <p>Depends on {@code model}, {@code text} and {@code ingest.dedupe} (text normalisation); must
 * not import {@code web}.
 */
package org.factdesk.narratives;
