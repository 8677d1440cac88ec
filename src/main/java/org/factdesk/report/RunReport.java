package org.factdesk.report;

import java.time.Duration;
import java.time.Instant;
import org.factdesk.ingest.ReadStats;

/**
 * What the main job did, for the report and the stdout summary.
 *
 * @param factChecks counts of the fact-check files read this run
 * @param posts counts of the post files read
 * @param indexSize fact-checks in the index after this run's upserts
 * @param tally match aggregates
 * @param matcher one line describing the matching configuration
 * @param startedAt when the run started
 * @param elapsed wall time of the whole run
 * @param narratives the narratives section ({@link NarrativeSection#EMPTY} when none)
 * @param language {@code lang} of the page: the majority language of the posts ({@code vi} or
 *     {@code en})
 */
public record RunReport(
    ReadStats factChecks,
    ReadStats posts,
    long indexSize,
    MatchTally tally,
    String matcher,
    Instant startedAt,
    Duration elapsed,
    NarrativeSection narratives,
    String language) {
  public RunReport {
    narratives = narratives == null ? NarrativeSection.EMPTY : narratives;
    language = language == null || language.isBlank() ? "en" : language;
  }

  /** A report without narratives, in English. */
  public RunReport(ReadStats factChecks, ReadStats posts, long indexSize, MatchTally tally, String matcher,
      Instant startedAt, Duration elapsed) {
    this(factChecks, posts, indexSize, tally, matcher, startedAt, elapsed, NarrativeSection.EMPTY, "en");
  }
}
