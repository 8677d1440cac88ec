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
 *   // optional, for an immediate update (otherwise the portal polls every POLL_SECONDS):
 *   portal.index().refresh(factCheckId);
 * }
 * }</pre>
 */
public final class Portal implements AutoCloseable {
  /** Seconds between visitor-counter writes. */
  public static final int FLUSH_SECONDS = 5;
  /** Seconds between looks for fact-checks the desk changed ({@link PortalIndex#pollChanges}). */
  public static final int POLL_SECONDS = 10;
  /** How long the hot list is reused before page views are read again. */
  public static final Duration HOT_CACHE = Duration.ofSeconds(60);

  private final PortalIndex index;
  private final VisitorCounter counter;
  private final PortalRoutes routes;

  private final java.util.concurrent.ScheduledExecutorService poller;

  private Portal(PortalIndex index, VisitorCounter counter, PortalRoutes routes, int pollSeconds) {
    this.index = index;
    this.counter = counter;
    this.routes = routes;
    if (pollSeconds > 0) {
      poller = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factdesk-portal-poll");
        t.setDaemon(true);
        return t;
      });
      poller.scheduleWithFixedDelay(() -> {
        try {
          index.pollChanges();
        } catch (RuntimeException e) {
          LOG.warn("portal: looking for changed fact-checks failed, retrying later: {}", e.toString());
        }
      }, pollSeconds, pollSeconds, java.util.concurrent.TimeUnit.SECONDS);
    } else {
      poller = null;
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Portal.class);

  /**
   * Reads every published fact-check into the index and starts the counter's flusher.
   *
   * @param organisation the desk's name, the author of its ClaimReviews, e.g. {@code factdesk}
   */
  public static Portal open(Desk desk, WebConfig config, String organisation, PortalRoutes.Renderers renderers) {
    return open(desk, config, organisation, renderers, FLUSH_SECONDS, HOT_CACHE, POLL_SECONDS);
  }

  /**
   * As {@link #open(Desk, WebConfig, String, PortalRoutes.Renderers)}; tests pass 0 s (flush and poll by
   * hand) and no cache.
   */
  public static Portal open(Desk desk, WebConfig config, String organisation, PortalRoutes.Renderers renderers,
      int flushEverySeconds, Duration hotCacheFor, int pollSeconds) {
    VisitorCounter counter = new VisitorCounter(desk.db(), desk.clock(), flushEverySeconds);
    PublishedReader reader = new PublishedReader(desk.db(), config.publicUrl(), organisation, config.publicUrl());
    PortalIndex index = new PortalIndex(reader, counter, desk.clock(), hotCacheFor);
    index.rebuild();
    Pages pages = new Pages(new Templates(), new SessionAuth(desk.users()));
    PortalRoutes routes = new PortalRoutes(index, counter, desk.scale(), pages, renderers, config.publicUrl());
    return new Portal(index, counter, routes, pollSeconds);
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
    if (poller != null) {
      poller.shutdownNow();
    }
    counter.close();
    try {
      index.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
