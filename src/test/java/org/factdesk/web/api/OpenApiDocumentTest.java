package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.api.ApiTestSupport.postJson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Response;
import org.factdesk.index.FactCheckIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {
  static OpenAPI doc;
  static String raw;

  @BeforeAll
  static void parse() {
    raw = new String(ApiRoutes.openApiDocument(), StandardCharsets.UTF_8);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(raw, null, options);
    assertThat(result.getMessages()).isEmpty();
    doc = result.getOpenAPI();
    assertThat(doc).isNotNull();
  }

  /** "METHOD path" of every operation in the document. */
  private static Set<String> documented() {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, PathItem> e : doc.getPaths().entrySet()) {
      for (PathItem.HttpMethod m : e.getValue().readOperationsMap().keySet()) {
        out.add(m.name() + " " + e.getKey());
      }
    }
    return out;
  }

  @Test
  void documentParsesWithoutMessages() {
    assertThat(doc.getOpenapi()).startsWith("3.0");
    assertThat(doc.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndViceVersa() {
    Set<String> registered = new TreeSet<>();
    for (ApiRoutes.Route r : ApiRoutes.ROUTES) {
      registered.add(r.method().name() + " " + r.path());
    }
    assertThat(documented()).isEqualTo(registered);
  }

  @Test
  void everyOperationDocumentsJsonErrorsAndOnlyPublishNeedsAToken() {
    for (Map.Entry<String, PathItem> e : doc.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op : e.getValue().readOperationsMap().entrySet()) {
        String where = op.getKey() + " " + e.getKey();
        boolean publish = where.equals("POST /api/v1/factchecks");
        assertThat(op.getValue().getSecurity() != null).as(where).isEqualTo(publish);
        if (!e.getKey().endsWith("openapi.json")) {
          assertThat(op.getValue().getResponses()).as(where).containsKeys("400", "500");
        }
        if (op.getKey() == PathItem.HttpMethod.POST) {
          assertThat(op.getValue().getResponses()).as(where).containsKeys("413", "415");
        }
      }
    }
  }

  @Test
  void requestSchemasNameExactlyTheFieldsTheServerReads() {
    assertThat(schemaFields("MatchRequest")).isEqualTo(jsonFields(ApiRoutes.MatchRequest.class));
    assertThat(schemaFields("PublishRequest")).isEqualTo(jsonFields(PublishRequest.class));
    assertThat(schemaFields("Source")).isEqualTo(jsonFields(PublishRequest.Source.class));
  }

  @SuppressWarnings("rawtypes")
  private static Set<String> schemaFields(String name) {
    Schema s = doc.getComponents().getSchemas().get(name);
    return new TreeSet<String>(((Map<String, ?>) s.getProperties()).keySet());
  }

  private static Set<String> jsonFields(Class<?> type) {
    JavaType t = ApiJson.MAPPER.constructType(type);
    BeanDescription d = ApiJson.MAPPER.getDeserializationConfig().introspect(t);
    Set<String> out = new TreeSet<>();
    for (BeanPropertyDefinition p : d.findProperties()) {
      out.add(p.getName());
    }
    return out;
  }

  @Test
  void servedDocumentIsTheResourceAndEveryDocumentedRouteExists(@TempDir Path dir) throws Exception {
    try (FactCheckIndex index = ApiTestSupport.smallIndex(dir)) {
      Javalin app = Javalin.create();
      InMemoryPublishedFactChecks store = new InMemoryPublishedFactChecks(List.of());
      new ApiRoutes(IndexTextMatcher.bm25(index), store, ApiFakes.narratives(List.of()), ApiFakes.tokens(),
          new ApiFakes.Publisher(store)).register(app);
      JavalinTest.test(app, (server, client) -> {
        Response served = client.get("/api/v1/openapi.json");
        assertThat(served.code()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/json");
        assertThat(served.body().string()).isEqualTo(raw);
        for (String op : documented()) {
          String method = op.substring(0, op.indexOf(' '));
          String path = op.substring(op.indexOf(' ') + 1).replaceAll("\\{[a-z]+}", "no-such-thing");
          Response r = method.equals("GET") ? client.get(path) : postJson(client, path, "{}");
          // a documented route answers for itself: never the catch-all's 405, and 404 only for a missing slug
          assertThat(r.code()).as(op).isNotEqualTo(405);
          if (r.code() == 404) {
            assertThat(r.body().string()).as(op).contains("\"field\":\"slug\"");
          }
        }
      });
    }
  }
}
