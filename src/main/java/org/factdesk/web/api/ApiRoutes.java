package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.publish.PublishedFactCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the versioned JSON API ({@code /api/v1}) on a Javalin app; the contract is {@code
 * web/openapi.json}, served at {@code GET /api/v1/openapi.json}.
 *
 * <p>Every response under {@code /api/} is JSON. Errors are {@link ApiError} bodies: 400 for bad
 * input (naming the field), 401 without or with an unknown bearer token, 403 when the token's role
 * may not publish, 404 unknown route or slug, 405 wrong method, 413 body over {@value
 * #MAX_BODY_BYTES} bytes, 415 body not {@code application/json}, 500 (no stack trace; logged)
 * when an implementation fails. Each handler is wrapped so no exception escapes to Javalin's
 * default handlers, and an {@link ApiException} handler is registered for code outside them (e.g. a
 * before-handler).
 *
 * <p>GET responses carry {@code Access-Control-Allow-Origin: *} (public data, no cookies used);
 * publishing is not open to cross-origin scripts (no CORS preflight is answered).
 *
 * <p>Call {@link #register} after any other route under {@code /api/}: it ends with a catch-all for
 * {@code /api/<rest>} that answers 404/405 as JSON.
 */
public final class ApiRoutes {
  /** Largest request body accepted, bytes (64 KiB). */
  public static final int MAX_BODY_BYTES = 64 * 1024;
  /** Longest text {@code /match} accepts, characters. */
  public static final int MAX_TEXT_CHARS = 10_000;
  /** The largest {@code top_k}. */
  public static final int MAX_TOP_K = 50;
  /** Path of the OpenAPI document on the class path. */
  public static final String OPENAPI_RESOURCE = "/web/openapi.json";

  /**
   * A route of the API.
   *
   * @param method HTTP method
   * @param path Javalin path, {@code {name}} for a path parameter (as in OpenAPI)
   */
  public record Route(HandlerType method, String path) {}

  static final Route MATCH = new Route(HandlerType.POST, "/api/v1/match");
  static final Route SEARCH = new Route(HandlerType.GET, "/api/v1/factchecks");
  static final Route PUBLISH = new Route(HandlerType.POST, "/api/v1/factchecks");
  static final Route BY_SLUG = new Route(HandlerType.GET, "/api/v1/factchecks/{slug}");
  static final Route NARRATIVES = new Route(HandlerType.GET, "/api/v1/narratives");
  static final Route OPENAPI = new Route(HandlerType.GET, "/api/v1/openapi.json");

  /** Every route {@link #register} adds (besides the JSON 404/405 catch-all), in registration order. */
  public static final List<Route> ROUTES = List.of(MATCH, SEARCH, PUBLISH, BY_SLUG, NARRATIVES, OPENAPI);

  private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final List<HandlerType> CATCH_ALL_METHODS =
      List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private final TextMatcher matcher;
  private final PublishedFactChecks factChecks;
  private final NarrativeSource narratives;
  private final ApiTokens tokens;
  private final FactCheckPublisher publisher;
  private final byte[] openApi;

  /**
   * @param matcher matches texts to fact-checks ({@link IndexTextMatcher})
   * @param factChecks published fact-checks
   * @param narratives narratives
   * @param tokens verifies bearer tokens
   * @param publisher publishes fact-checks
   * @throws IllegalStateException if the OpenAPI resource is missing from the class path
   */
  public ApiRoutes(TextMatcher matcher, PublishedFactChecks factChecks, NarrativeSource narratives, ApiTokens tokens,
      FactCheckPublisher publisher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.factChecks = Objects.requireNonNull(factChecks, "factChecks");
    this.narratives = Objects.requireNonNull(narratives, "narratives");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.openApi = openApiDocument();
  }

  /** The OpenAPI document's bytes. */
  public static byte[] openApiDocument() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("class path resource " + OPENAPI_RESOURCE + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the API's routes, its {@link ApiException} handler and the {@code /api/} catch-all to {@code app}. */
  public void register(Javalin app) {
    Map<Route, Handler> handlers = Map.of(MATCH, this::match, SEARCH, this::searchFactChecks, PUBLISH, this::publish,
        BY_SLUG, this::factCheckBySlug, NARRATIVES, this::listNarratives, OPENAPI, this::openApi);
    for (Route r : ROUTES) {
      app.addHttpHandler(r.method(), r.path(), guard(Objects.requireNonNull(handlers.get(r), r.toString())));
    }
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.field()));
    for (HandlerType m : CATCH_ALL_METHODS) {
      app.addHttpHandler(m, "/api/<rest>", guard(this::noRoute));
    }
  }

  /** The body of {@code POST /api/v1/match}. */
  record MatchRequest(String text, @JsonProperty("top_k") Integer topK, Double threshold) {}

  private void match(Context ctx) {
    MatchRequest req = ApiJson.read(jsonBody(ctx), MatchRequest.class);
    if (req.text() == null) {
      throw ApiException.badRequest("'text' is required", "text");
    }
    if (req.text().isBlank()) {
      throw ApiException.badRequest("'text' must not be blank", "text");
    }
    if (req.text().length() > MAX_TEXT_CHARS) {
      throw ApiException.badRequest("'text' is longer than " + MAX_TEXT_CHARS + " characters", "text");
    }
    int topK = req.topK() == null ? 5 : req.topK();
    if (topK < 1 || topK > MAX_TOP_K) {
      throw ApiException.badRequest("'top_k' must be 1–" + MAX_TOP_K + ", got " + topK, "top_k");
    }
    double threshold = req.threshold() == null ? 0.5 : req.threshold();
    if (!(threshold >= 0 && threshold <= 1)) {
      throw ApiException.badRequest("'threshold' must be in [0, 1], got " + threshold, "threshold");
    }
    List<TextMatch> matches = matcher.match(req.text(), topK, threshold);
    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    out.put("top_k", topK);
    out.put("threshold", threshold);
    out.set("matches", ApiJson.MAPPER.valueToTree(matches.stream().map(ApiRoutes::matchJson).toList()));
    json(ctx, 200, out);
  }

  private static ObjectNode matchJson(TextMatch m) {
    ObjectNode n = ApiJson.MAPPER.createObjectNode();
    n.put("rank", m.rank());
    n.put("fact_check_id", m.factCheckId());
    n.put("claim", m.claim());
    n.put("title", m.title());
    n.put("url", m.url());
    n.put("rating", m.rating());
    n.put("score", m.score());
    n.put("confidence", m.confidence());
    n.put("band", m.band());
    return n;
  }

  private void searchFactChecks(Context ctx) {
    FactCheckQuery q = QueryParams.factCheckQuery(ctx);
    List<PublishedFactCheck> found = factChecks.search(q);
    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    out.put("count", 0);
    ArrayNode items = out.putArray("items");
    found.stream().limit(q.limit()).forEach(fc -> items.add(ApiJson.factCheck(fc)));
    out.put("count", items.size());
    json(ctx, 200, out);
  }

  private void factCheckBySlug(Context ctx) {
    String slug = ctx.pathParam("slug");
    if (!SLUG.matcher(slug).matches()) {
      throw ApiException.badRequest("slug must be [a-z0-9-]+", "slug");
    }
    PublishedFactCheck fc = factChecks.bySlug(slug)
        .orElseThrow(() -> new ApiException(404, "no published fact-check with slug '" + slug + "'", "slug"));
    json(ctx, 200, ApiJson.factCheck(fc));
  }

  private void listNarratives(Context ctx) {
    NarrativeSource.Order order = QueryParams.narrativeOrder(ctx);
    int limit = QueryParams.limit(ctx, 20);
    ObjectNode out = ApiJson.MAPPER.createObjectNode();
    List<NarrativeSummary> list = narratives.top(order, limit);
    out.put("count", Math.min(list.size(), limit));
    out.set("items", ApiJson.MAPPER.valueToTree(list.stream().limit(limit).map(ApiRoutes::narrativeJson).toList()));
    json(ctx, 200, out);
  }

  private static ObjectNode narrativeJson(NarrativeSummary n) {
    ObjectNode o = ApiJson.MAPPER.createObjectNode();
    o.put("id", n.id());
    o.put("size", n.size());
    o.put("first_seen", n.firstSeen() == null ? null : n.firstSeen().toString());
    o.put("last_seen", n.lastSeen() == null ? null : n.lastSeen().toString());
    o.put("verdict", n.verdict());
    o.put("fact_check_url", n.factCheckUrl());
    o.put("rising_score", n.risingScore());
    n.outlets().forEach(o.putArray("outlets")::add);
    return o;
  }

  private void publish(Context ctx) {
    ApiPrincipal who = authenticate(ctx);
    if (!who.role().canPublish()) {
      throw new ApiException(403, "role '" + who.role().label() + "' may not publish; editor or admin required", null);
    }
    PublishRequest req = PublishValidation.validate(ApiJson.read(jsonBody(ctx), PublishRequest.class));
    PublishedFactCheck fc = publisher.publish(req, who);
    ctx.header("Location", fc.url());
    json(ctx, 201, ApiJson.factCheck(fc));
  }

  private void openApi(Context ctx) {
    ctx.status(200).contentType("application/json; charset=utf-8").header("Cache-Control", "public, max-age=300")
        .result(openApi);
  }

  private void noRoute(Context ctx) {
    String path = ctx.path();
    List<String> allowed = ROUTES.stream().filter(r -> matches(r.path(), path)).map(r -> r.method().name()).toList();
    if (!allowed.isEmpty()) {
      ctx.header("Allow", String.join(", ", allowed));
      throw new ApiException(405, ctx.method().name() + " is not allowed on " + path + "; use " + String.join(" or ", allowed), null);
    }
    throw new ApiException(404, "no API route " + ctx.method().name() + " " + path + "; see /api/v1/openapi.json", null);
  }

  /** True when a concrete path fits a route path with {@code {param}} segments. */
  static boolean matches(String routePath, String path) {
    String regex = Pattern.quote(routePath).replaceAll("\\{[a-z]+}", "\\\\E[^/]+\\\\Q");
    return path.matches(regex);
  }

  /**
   * The principal of the request's bearer token.
   *
   * @throws ApiException 401 when there is no bearer token or it is not valid
   */
  private ApiPrincipal authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"factdesk\"");
      throw new ApiException(401, "an API token is required: Authorization: Bearer <token>", null);
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer") || parts[1].isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"factdesk\", error=\"invalid_request\"");
      throw new ApiException(401, "the Authorization header must be 'Bearer <token>'", null);
    }
    Optional<ApiPrincipal> who = tokens.verify(parts[1].strip());
    if (who.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"factdesk\", error=\"invalid_token\"");
      throw new ApiException(401, "the API token is not valid (unknown, revoked or expired)", null);
    }
    return who.get();
  }

  /**
   * The request body, checked to be JSON and at most {@link #MAX_BODY_BYTES}.
   *
   * @throws ApiException 415 for another content type, 413 for a larger body
   */
  private static byte[] jsonBody(Context ctx) {
    String type = ctx.contentType();
    String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mime.equals("application/json")) {
      throw new ApiException(415, "Content-Type must be application/json, got "
          + (type == null ? "none" : "'" + type + "'"), null);
    }
    long declared = ctx.contentLength();
    if (declared > MAX_BODY_BYTES) {
      throw new ApiException(413, "the request body is " + declared + " bytes; the limit is " + MAX_BODY_BYTES, null);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY_BYTES) {
      throw new ApiException(413, "the request body is over " + MAX_BODY_BYTES + " bytes", null);
    }
    return body;
  }

  /** Runs {@code h} and turns anything it throws into a JSON error. */
  static Handler guard(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (ApiException e) {
        error(ctx, e.status(), e.getMessage(), e.field());
      } catch (HttpResponseException e) {
        error(ctx, e.getStatus(), e.getMessage(), null);
      } catch (Exception e) {
        LOG.error("API {} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error; it has been logged", null);
      }
    };
  }

  /** Writes an {@link ApiError} body. */
  static void error(Context ctx, int status, String message, String field) {
    ctx.status(status).contentType("application/json; charset=utf-8")
        .result(ApiJson.write(ApiError.of(status, message, field)));
  }

  private static void json(Context ctx, int status, Object body) {
    if (ctx.method() == HandlerType.GET) {
      ctx.header("Access-Control-Allow-Origin", "*"); // public data: partner pages may read it from script
    }
    ctx.status(status).contentType("application/json; charset=utf-8").header("Cache-Control", "no-store")
        .result(ApiJson.write(body));
  }
}
