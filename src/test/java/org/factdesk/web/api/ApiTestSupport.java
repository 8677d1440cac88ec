package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.lucene.LuceneBackend;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Rating;
import org.factdesk.pipeline.MatchingSettings;

/** Tests only: a small real fact-check index and HTTP helpers. */
final class ApiTestSupport {
  static final ObjectMapper JSON = new ObjectMapper();

  private ApiTestSupport() {}

  /** A committed Lucene index of five Vietnamese and English fact-checks under {@code dir}. */
  static FactCheckIndex smallIndex(Path dir) throws IOException {
    MatchingSettings s = MatchingSettings.defaults();
    FactCheckIndex index = new FactCheckIndex(LuceneBackend.open(dir, s.indexSettings()), s.analysis());
    index.upsert(List.of(
        fc("vi-vaccine", "Vắc-xin COVID-19 gây vô sinh ở phụ nữ", "vi", "Sai"),
        fc("vi-curfew", "Người dân không được ra đường sau 18 giờ tại TP.HCM", "vi", "Sai"),
        fc("vi-duong", "Ăn nhiều đường gây tiểu đường ở trẻ em", "vi", "Gây hiểu lầm"),
        fc("en-5g", "5G towers spread the coronavirus", "en", "False"),
        fc("en-bleach", "Drinking bleach cures COVID-19", "en", "False")));
    index.commit();
    return index;
  }

  private static FactCheck fc(String id, String claim, String lang, String rating) {
    return new FactCheck(id, claim, Rating.textual(rating), "https://fc.example/" + id, null, null, ItemReviewed.UNKNOWN,
        lang, "Title of " + id, null);
  }

  /** POSTs {@code body} with the given content type (null: none) and headers {@code name, value, ...}. */
  static Response post(HttpClient client, String path, String body, String contentType, String... headers) {
    return client.request(path, b -> {
      b.post(RequestBody.create(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          contentType == null ? null : MediaType.get(contentType)));
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
    });
  }

  static Response postJson(HttpClient client, String path, String body, String... headers) {
    return post(client, path, body, "application/json", headers);
  }

  /** The body as JSON, checking the content type is JSON. */
  static JsonNode json(Response r) throws IOException {
    assertThat(r.header("Content-Type")).startsWith("application/json");
    return JSON.readTree(r.body().string());
  }

  /** Asserts a JSON error with this status and field (null: no field), and returns its message. */
  static String assertError(Response r, int status, String field) throws IOException {
    String raw = r.body().string();
    assertThat(r.code()).as(raw).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(raw).doesNotContain("Exception").doesNotContain("\tat ");
    JsonNode e = JSON.readTree(raw).path("error");
    assertThat(e.path("status").asInt()).isEqualTo(status);
    assertThat(e.path("message").asText()).isNotBlank();
    if (field == null) {
      assertThat(e.has("field")).as(raw).isFalse();
    } else {
      assertThat(e.path("field").asText()).as(raw).isEqualTo(field);
    }
    return e.path("message").asText();
  }
}
