package org.factdesk.web.portal;

import java.time.Duration;
import org.factdesk.desk.Desk;
import org.factdesk.desk.PublishedReader;
import org.factdesk.web.Pages;
import org.factdesk.web.SessionAuth;
import org.factdesk.web.Templates;
import org.factdesk.web.WebApp;
import org.factdesk.web.WebConfig;

/**
 * The public portal assembled over a {@link Desk}: the {@link PortalIndex} (built from the database
 * on {@link #open}), the {@link VisitorCounter} and the {@link PortalRoutes} to pass to
 * {@link WebApp#create(WebConfig, Desk, org.factdesk.web.LoginRateLimiter, java.util.List)}.
 * Close it after the web server stops: that writes the last page views.
 *
 * <p>Usage ({@code factdesk serve}):
 * <pre>{@code
 * try (Portal portal = Portal.open(desk, config, "factdesk", PortalRoutes.Renderers.standard())) {
 *   Javalin app = WebApp.create(config, desk, LoginRateLimiter.standard(desk.clock()), List.of(portal.routes()));
 *   ...
 *   // publish workflow, after a fact-check is (re)published or unpublished:
 *   portal.index().refresh(factCheckId);
 * }
 * }</pre>
 */
public final class Portal implements AutoCloseable {
  /** Seconds between visitor-counter writes. */
  public static final int FLUSH_SECONDS = 5;
  /** How long the hot list is reused before page views are read again. */
  public static final Duration HOT_CACHE = Duration.ofSeconds(60);

  private final PortalIndex index;
  private final VisitorCounter counter;
  private final PortalRoutes routes;

  private Portal(PortalIndex index, VisitorCounter counter, PortalRoutes routes) {
    this.index = index;
    this.counter = counter;
    this.routes = routes;
  }

  /**
   * Reads every published fact-check into the index and starts the counter's flusher.
   *
   * @param organisation the desk's name, the author of its ClaimReviews, e.g. {@code factdesk}
   */
  public static Portal open(Desk desk, WebConfig config, String organisation, PortalRoutes.Renderers renderers) {
    return open(desk, config, organisation, renderers, FLUSH_SECONDS, HOT_CACHE);
  }

  /** As {@link #open(Desk, WebConfig, String, PortalRoutes.Renderers)}; tests pass 0 s (flush by hand) and no cache. */
  public static Portal open(Desk desk, WebConfig config, String organisation, PortalRoutes.Renderers renderers,
      int flushEverySeconds, Duration hotCacheFor) {
    VisitorCounter counter = new VisitorCounter(desk.db(), desk.clock(), flushEverySeconds);
    PublishedReader reader = new PublishedReader(desk.db(), config.publicUrl(), organisation, config.publicUrl());
    PortalIndex index = new PortalIndex(reader, counter, desk.clock(), hotCacheFor);
    index.rebuild();
    Pages pages = new Pages(new Templates(), new SessionAuth(desk.users()));
    PortalRoutes routes = new PortalRoutes(index, counter, desk.scale(), pages, renderers, config.publicUrl());
    return new Portal(index, counter, routes);
  }

  /** The routes, for {@code WebApp.create(..., List.of(portal.routes()))}. */
  public WebApp.RouteModule routes() {
    return routes;
  }

  /** The index; the publish workflow calls {@link PortalIndex#refresh(long)}. */
  public PortalIndex index() {
    return index;
  }

  /** The visitor counter. */
  public VisitorCounter counter() {
    return counter;
  }

  /** Writes pending page views and frees the index. */
  @Override
  public void close() {
    counter.close();
    try {
      index.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
