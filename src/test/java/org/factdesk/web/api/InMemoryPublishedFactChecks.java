package org.factdesk.web.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.text.DiacriticFolder;

/** Tests only: published fact-checks in a list; text search is a folded substring match. */
final class InMemoryPublishedFactChecks implements PublishedFactChecks {
  private static final ZoneId DESK = ZoneId.of("Asia/Ho_Chi_Minh");
  final List<PublishedFactCheck> all = new CopyOnWriteArrayList<>();
  final List<FactCheckQuery> queries = new CopyOnWriteArrayList<>();

  InMemoryPublishedFactChecks(List<PublishedFactCheck> initial) {
    all.addAll(initial);
  }

  @Override
  public List<PublishedFactCheck> search(FactCheckQuery q) {
    queries.add(q);
    List<PublishedFactCheck> out = new ArrayList<>();
    for (PublishedFactCheck fc : all) {
      LocalDate day = fc.datePublished().atZone(DESK).toLocalDate();
      if ((q.category() == null || q.category().equals(fc.category()))
          && (q.lang() == null || q.lang().equals(fc.lang()))
          && (q.from() == null || !day.isBefore(q.from()))
          && (q.to() == null || !day.isAfter(q.to()))
          && (q.text() == null || fold(fc.title() + " " + fc.claimReviewed() + " " + fc.summary()).contains(fold(q.text())))) {
        out.add(fc);
      }
    }
    out.sort(Comparator.comparing(PublishedFactCheck::datePublished).reversed());
    return out.subList(0, Math.min(q.limit(), out.size()));
  }

  @Override
  public Optional<PublishedFactCheck> bySlug(String slug) {
    return all.stream().filter(fc -> fc.slug().equals(slug)).findFirst();
  }

  private static String fold(String s) {
    return DiacriticFolder.fold(s.toLowerCase(Locale.ROOT)).replace('-', ' ');
  }
}
