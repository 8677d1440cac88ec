package org.factdesk.report;

import java.util.List;
import org.factdesk.narratives.Alert;

/**
 * The narratives part of a run, for the report.
 *
 * @param narratives narratives found (all sizes)
 * @param multiPost narratives with two posts or more
 * @param byVolume top narratives with two posts or more, most posts first (then engagement, id)
 * @param byRising top narratives with two posts or more that are rising on the run's latest day,
 *     highest burst score first (then size, id)
 * @param alerts alert records of the run, by narrative then window
 * @param asOf the run's latest day (ISO date) the rising scores refer to, or null when no post is
 *     dated
 */
public record NarrativeSection(long narratives, long multiPost, List<NarrativeEntry> byVolume,
    List<NarrativeEntry> byRising, List<Alert> alerts, String asOf) {
  /** No narratives (a run that did not cluster). */
  public static final NarrativeSection EMPTY = new NarrativeSection(0, 0, List.of(), List.of(), List.of(), null);

  public NarrativeSection {
    byVolume = List.copyOf(byVolume);
    byRising = List.copyOf(byRising);
    alerts = List.copyOf(alerts);
  }
}
