package org.factdesk.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.report.RunReport;

/**
 * Output of {@link MainJob}.
 *
 * @param report counts and aggregates
 * @param matchesFile the {@code matches.jsonl} written
 * @param reportFile the {@code report.html} written
 * @param quarantineFile the quarantine file, or null when nothing was rejected
 * @param rejected records rejected across all inputs
 * @param emptyInputs input files that held no records at all (an error: exit code 2)
 */
public record RunSummary(
    RunReport report, Path matchesFile, Path reportFile, Path quarantineFile, long rejected, List<String> emptyInputs) {
  public RunSummary {
    emptyInputs = List.copyOf(emptyInputs);
  }

  /** True when something in the input was wrong: rejected records or empty files. */
  public boolean invalidInput() {
    return rejected > 0 || !emptyInputs.isEmpty();
  }
}
