/**
 * The jobs the CLI (and later the web app) call: {@link org.factdesk.pipeline.MainJob} (ingest →
 * index → match → report) and {@link org.factdesk.pipeline.EvalJob} (CheckThat!-style evaluation
 * against a baseline). Each takes a config record and returns a summary record; none parses
 * command lines or prints beyond its log stream.
 */
package org.factdesk.pipeline;
