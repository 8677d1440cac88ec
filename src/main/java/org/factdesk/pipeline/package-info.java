/**
 * The jobs the CLI (and later the web app) call, each taking a config and returning a summary:
 * {@link org.factdesk.pipeline.MainJob} (ingest → index → claims and match → narratives → report), {@link
 * org.factdesk.pipeline.EvalJob} (CheckThat!-style evaluation of every retrieval mode beside the
 * StandardAnalyzer baseline), {@link org.factdesk.pipeline.RewriteEvalJob} (Vietnamese rewrites),
 * {@link org.factdesk.pipeline.BenchJob} (speed and memory), {@link org.factdesk.pipeline.TuneJob}
 * (lexical grid search), {@link org.factdesk.pipeline.RerankerTrainJob}, and for check-worthiness
 * {@link org.factdesk.pipeline.CheckWorthinessCorpus} (labelled sentences from the shared data),
 * {@link org.factdesk.pipeline.CheckWorthinessTrainJob} and {@link
 * org.factdesk.pipeline.CheckWorthinessEvalJob}. {@link
 * org.factdesk.pipeline.MatchingSettings} holds the tuned defaults ({@code TunedValues}, with where
 * each number comes from). None parses command lines or prints beyond its log stream.
 */
package org.factdesk.pipeline;
