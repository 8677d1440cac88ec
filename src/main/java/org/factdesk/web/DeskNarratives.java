package org.factdesk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.factdesk.desk.NarrativeScan;
import org.factdesk.narratives.OutletReach;
import org.factdesk.report.NarrativeEntry;
import org.factdesk.web.api.NarrativeSource;
import org.factdesk.web.api.NarrativeSummary;

/**
 * {@link NarrativeSource} over the desk's last narrative scan ({@link NarrativeScan#latest()}):
 * narratives with at least two posts, days in Asia/Ho_Chi_Minh, at most five outlets (public pages),
 * never authors. The fact-check URL is the linked fact-check's article URL when it has one.
 */
public final class DeskNarratives implements NarrativeSource {
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private final NarrativeScan scan;

  public DeskNarratives(NarrativeScan scan) {
    this.scan = scan;
  }

  @Override
  public List<NarrativeSummary> top(Order order, int limit) {
    Comparator<NarrativeEntry> by = switch (order) {
      case SIZE -> Comparator.comparingLong(NarrativeEntry::size).reversed();
      case RISING -> Comparator.comparing((NarrativeEntry e) -> e.rising() == null ? Double.NEGATIVE_INFINITY
          : e.rising().score()).reversed();
      case RECENT -> Comparator.comparing((NarrativeEntry e) -> e.lastSeen() == null ? Instant.MIN : e.lastSeen())
          .reversed();
    };
    return scan.latest().entries().stream()
        .sorted(by.thenComparing(NarrativeEntry::id))
        .limit(limit)
        .map(DeskNarratives::summary)
        .toList();
  }

  static NarrativeSummary summary(NarrativeEntry e) {
    List<String> outlets = e.outlets().stream().limit(5).map(OutletReach::outlet).toList();
    return new NarrativeSummary(e.id(), (int) Math.min(Integer.MAX_VALUE, e.size()), day(e.firstSeen()),
        day(e.lastSeen()), e.verdict(), e.factCheck() == null ? null : e.factCheck().url(),
        e.rising() == null ? null : e.rising().score(), outlets);
  }

  private static LocalDate day(Instant t) {
    return t == null ? null : t.atZone(ZONE).toLocalDate();
  }
}
