package org.factdesk.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyFormatTest {
  @TempDir Path dir;

  private String format(String contentType, String url, String body) throws IOException {
    Path f = Files.write(dir.resolve("body"), body.getBytes(StandardCharsets.UTF_8));
    return BodyFormat.of(contentType, URI.create(url), f);
  }

  @Test
  void markupByItsRootElementWhateverTheMediaType() throws IOException {
    assertThat(format("text/html", "https://a.example/feed", "\uFEFF<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">"))
        .isEqualTo("rss");
    assertThat(format("text/plain", "https://a.example/x", "  <feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo("atom");
    assertThat(format(null, "https://a.example/x.rss", "<!DOCTYPE html><html lang=\"vi\">")).isEqualTo("html");
    assertThat(format("application/rss+xml", "https://a.example/x", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"))
        .isEqualTo("html");
    assertThat(format("application/xml", "https://a.example/x", "<rdf:RDF xmlns:rdf=\"...\">")).isEqualTo("xml");
  }

  @Test
  void otherwiseTheMediaTypeThenTheUrlThenJsonBySight() throws IOException {
    assertThat(format("application/ld+json; charset=utf-8", "https://a.example/x.json", "[{}]")).isEqualTo("jsonld");
    assertThat(format("Application/JSON", "https://a.example/x", "{}")).isEqualTo("json");
    assertThat(format("application/x-ndjson", "https://a.example/x", "{}\n{}")).isEqualTo("jsonl");
    assertThat(format("text/csv", "https://a.example/x", "id,text")).isEqualTo("csv");
    assertThat(format("application/octet-stream", "https://a.example/export.JSONL?d=1", "{}")).isEqualTo("jsonl");
    assertThat(format("text/html", "https://a.example/claims.json", "{}")).isEqualTo("json");
    assertThat(format(null, "https://a.example/api", " [1]")).isEqualTo("json");
    assertThat(format(null, "https://a.example/api", "hello")).isEqualTo("txt");
  }
}
