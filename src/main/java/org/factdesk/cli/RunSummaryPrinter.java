package org.factdesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.factdesk.match.ConfidenceBand;
import org.factdesk.pipeline.RunSummary;
import org.factdesk.report.MatchTally;
import org.factdesk.report.RunReport;

/** The one-screen summary of a main-job run on stdout. */
final class RunSummaryPrinter {
  private RunSummaryPrinter() {}

  static void print(RunSummary s, PrintWriter out) {
    RunReport r = s.report();
    MatchTally t = r.tally();
    out.printf(Locale.ROOT, "factdesk run: %d posts matched against %d fact-checks in %.1f s%n", t.posts(),
        r.indexSize(), r.elapsed().toMillis() / 1000.0);
    out.println("  fact-checks  " + r.factChecks());
    out.println("  posts        " + r.posts());
    for (ConfidenceBand b : ConfidenceBand.values()) {
      long c = t.count(b);
      out.printf(Locale.ROOT, "  %-10s %6d posts (%5.1f%%)%n", b.label(), c, t.posts() == 0 ? 0.0 : 100.0 * c / t.posts());
    }
    var top = t.topFactChecks(5);
    if (!top.isEmpty()) {
      out.println("  fact-checks matched most often:");
      for (MatchTally.FactCheckTally ft : top) {
        String h = ft.factCheck().headline();
        out.printf(Locale.ROOT, "    %4d  %s%n", ft.posts(), h.length() > 90 ? h.substring(0, 89) + "…" : h);
      }
    }
    out.println("  matches:    " + s.matchesFile());
    out.println("  report:     " + s.reportFile());
    if (s.quarantineFile() != null) {
      out.println("  quarantine: " + s.quarantineFile() + " (" + s.rejected() + " rejected records)");
    }
    for (String empty : s.emptyInputs()) {
      out.println("  empty input: " + empty + " (no records)");
    }
    out.flush();
  }
}
