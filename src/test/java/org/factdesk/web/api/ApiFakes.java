package org.factdesk.web.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.publish.SourceLink;
import org.factdesk.publish.Verdict;

/** Tests only: in-memory narratives, tokens and publisher. */
final class ApiFakes {
  private ApiFakes() {}

  static final String ADMIN_TOKEN = "tok-admin-0123456789";
  static final String EDITOR_TOKEN = "tok-editor-0123456789";
  static final String REVIEWER_TOKEN = "tok-reviewer-0123456789";
  static final String VIEWER_TOKEN = "tok-viewer-0123456789";

  /** Four tokens, one per role. */
  static ApiTokens tokens() {
    Map<String, ApiPrincipal> m = Map.of(
        ADMIN_TOKEN, new ApiPrincipal("admin-token", ApiRole.ADMIN),
        EDITOR_TOKEN, new ApiPrincipal("editor-token", ApiRole.EDITOR),
        REVIEWER_TOKEN, new ApiPrincipal("reviewer-token", ApiRole.REVIEWER),
        VIEWER_TOKEN, new ApiPrincipal("viewer-token", ApiRole.VIEWER));
    return token -> Optional.ofNullable(m.get(token));
  }

  /** Narratives sorted as asked, ties by id. */
  static NarrativeSource narratives(List<NarrativeSummary> list) {
    return (order, limit) -> {
      Comparator<NarrativeSummary> c = switch (order) {
        case SIZE -> Comparator.comparingInt(NarrativeSummary::size).reversed();
        case RISING -> Comparator.comparing(NarrativeSummary::risingScore,
            Comparator.nullsLast(Comparator.reverseOrder()));
        case RECENT -> Comparator.comparing(NarrativeSummary::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()));
      };
      return list.stream().sorted(c.thenComparing(NarrativeSummary::id)).limit(limit).toList();
    };
  }

  /** Publishes into the in-memory store; verdict codes false/misleading/true; 409 on a taken slug. */
  static final class Publisher implements FactCheckPublisher {
    final InMemoryPublishedFactChecks store;
    final List<ApiPrincipal> by = new ArrayList<>();

    Publisher(InMemoryPublishedFactChecks store) {
      this.store = store;
    }

    @Override
    public PublishedFactCheck publish(PublishRequest r, ApiPrincipal who) {
      Verdict v = switch (r.verdict()) {
        case "false" -> new Verdict("false", "Sai", 1, 1, 5);
        case "misleading" -> new Verdict("misleading", "Gây hiểu lầm", 2, 1, 5);
        case "true" -> new Verdict("true", "Đúng", 5, 1, 5);
        default -> throw new ApiException(422, "verdict '" + r.verdict() + "' is not on the rating scale", "verdict");
      };
      String slug = r.slug() != null ? r.slug() : "fc-" + (store.all.size() + 1);
      if (store.bySlug(slug).isPresent()) {
        throw new ApiException(409, "slug '" + slug + "' is already published", "slug");
      }
      Instant now = Instant.parse("2026-05-01T00:00:00Z");
      PublishedFactCheck fc = new PublishedFactCheck(store.all.size() + 100, slug,
          "https://desk.example/fact-checks/" + slug, r.lang(), r.category(), r.title(), r.summary(), r.bodyMarkdown(),
          r.claimReviewed(), r.claimAppearances(), r.claimFirstSeen(), r.claimOrigin(), v,
          r.sources().stream().map(s -> new SourceLink(s.title(), s.url())).toList(), "factdesk",
          "https://desk.example/", now, now, r.featured(), 1);
      store.all.add(fc);
      by.add(who);
      return fc;
    }
  }
}
