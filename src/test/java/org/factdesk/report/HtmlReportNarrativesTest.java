package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.factdesk.ingest.ReadStats;
import org.junit.jupiter.api.Test;

class HtmlReportNarrativesTest {
  private static RunReport report(NarrativeSection s, String lang) {
    return new RunReport(ReadStats.EMPTY, ReadStats.EMPTY, 0, new MatchTally(1, 1), "bm25",
        Instant.parse("2026-11-29T00:00:00Z"), Duration.ZERO, s, lang);
  }

  @Test
  void pageLanguageFollowsThePosts() {
    assertThat(HtmlReport.render(report(NarrativeSection.EMPTY, "vi"))).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
    assertThat(HtmlReport.render(report(NarrativeSection.EMPTY, null))).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
  }

  @Test
  void undatedRunsSayNoDatesAndNoAlerts() {
    String html = HtmlReport.render(report(NarrativeSection.EMPTY, "en"));
    assertThat(html).contains("<h2>Narratives</h2>", "No post has a date: no timelines, no rising scores.",
        "no narrative has two posts or more.", "No narrative already rated false/misleading is rising.");
    assertThat(html).doesNotContain("<img");
  }
}
