package org.factdesk.pipeline;

import java.nio.file.Path;
import org.factdesk.report.RunReport;

/**
 * Output of {@link MainJob}.
 *
 * @param report counts and aggregates
 * @param matchesFile the {@code matches.jsonl} written
 * @param reportFile the {@code report.html} written
 * @param quarantineFile the quarantine file, or null when nothing was rejected
 * @param rejected records rejected across all inputs
 */
public record RunSummary(RunReport report, Path matchesFile, Path reportFile, Path quarantineFile, long rejected) {}
