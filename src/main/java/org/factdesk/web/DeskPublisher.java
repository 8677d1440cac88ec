package org.factdesk.web;

import java.util.List;
import org.factdesk.desk.Actor;
import org.factdesk.desk.Desk;
import org.factdesk.desk.Draft;
import org.factdesk.desk.ForbiddenException;
import org.factdesk.desk.InvalidFieldException;
import org.factdesk.desk.PublishedReader;
import org.factdesk.desk.Slugs;
import org.factdesk.desk.User;
import org.factdesk.publish.PublishedFactCheck;
import org.factdesk.publish.SourceLink;
import org.factdesk.web.api.ApiException;
import org.factdesk.web.api.ApiPrincipal;
import org.factdesk.web.api.FactCheckPublisher;
import org.factdesk.web.api.PublishRequest;

/**
 * {@link FactCheckPublisher} through the desk's own workflow, so an API publication is audited and
 * reviewed like one from the workbench: create the article as the token's account (draft, revision
 * 1), submit it for review, approve and publish it — each step role-checked and written to the audit
 * log under that account. Without a {@code slug} the title's slug is used, and is refused like a given
 * one when taken, so a retried request never publishes twice. Errors: 409 {@code slug} taken, 422 naming the field the desk refused
 * (e.g. {@code verdict} not on the rating scale, unknown {@code category}), 403 when the account lost
 * the right meanwhile.
 *
 * <p>{@code claim_origin} and {@code claim_first_seen} are stored on the fact-check
 * ({@link org.factdesk.desk.FactCheckService#setClaimAttribution}) and published in ClaimReview's
 * {@code itemReviewed}.
 */
public final class DeskPublisher implements FactCheckPublisher {
  private final Desk desk;
  private final PublishedReader reader;

  /** @param reader reads back the published fact-check as the portal shows it */
  public DeskPublisher(Desk desk, PublishedReader reader) {
    this.desk = desk;
    this.reader = reader;
  }

  @Override
  public PublishedFactCheck publish(PublishRequest r, ApiPrincipal by) {
    User user = desk.users().findByUsername(by.name())
        .orElseThrow(() -> new ApiException(403, "the token's account no longer exists", null));
    Actor actor = new Actor(user.id(), user.username(), user.role());
    List<SourceLink> sources = r.sources().stream().map(s -> new SourceLink(s.title(), s.url())).toList();
    Draft draft = new Draft(r.title(), r.summary(), r.bodyMarkdown(), r.claimReviewed(), r.claimAppearances(),
        r.verdict(), sources, r.category(), r.lang(), r.featured());
    try {
      // no slug given: the title's slug, refused (409) when taken — never "-2", so a client retrying after a
      // timeout cannot publish the same article twice
      String slug = r.slug() != null ? r.slug() : Slugs.of(r.title());
      long id = desk.factChecks().create(actor, null, draft, slug).meta().id();
      if (r.claimOrigin() != null || r.claimFirstSeen() != null) {
        desk.factChecks().setClaimAttribution(actor, id, r.claimOrigin(), r.claimFirstSeen());
      }
      desk.factChecks().submit(actor, id);
      desk.factChecks().approveAndPublish(actor, id);
      return reader.byId(id).orElseThrow(() -> new IllegalStateException("published fact-check " + id + " not found"));
    } catch (InvalidFieldException e) {
      int status = "slug".equals(e.field()) && e.getMessage().contains("already used") ? 409 : 422;
      throw new ApiException(status, e.getMessage(), apiField(e.field()));
    } catch (ForbiddenException e) {
      throw new ApiException(403, e.getMessage(), null);
    }
  }

  private static String apiField(String deskField) {
    if (deskField == null) {
      return null;
    }
    return deskField.equals("appearances") ? "claim_appearances" : deskField; // the rest are named alike
  }
}
