package org.factdesk.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.factdesk.ingest.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchStateStoreTest {
  @TempDir Path dir;

  private static final FetchState FETCHED =
      new FetchState("\"v1\"", "Wed, 22 Jun 2022 07:35:00 GMT", Instant.parse("2024-05-01T10:00:00Z"), 0, null);
  private static final FetchState FAILING =
      new FetchState(null, null, Instant.parse("2024-05-01T10:00:01Z"), 3, Instant.parse("2024-05-01T10:04:01Z"));

  @Test
  void jsonFileRoundTripsAndIsWrittenSortedByUrl() throws IOException {
    JsonFileFetchStateStore store = JsonFileFetchStateStore.open(dir.resolve("data"));
    assertThat(store.get("https://b.example/feed.rss")).isEqualTo(FetchState.NEW);
    store.put("https://b.example/feed.rss", FETCHED);
    store.put("https://a.example/atom.xml", FAILING);

    JsonFileFetchStateStore reopened = JsonFileFetchStateStore.open(dir.resolve("data"));
    assertThat(reopened.get("https://b.example/feed.rss")).isEqualTo(FETCHED);
    assertThat(reopened.get("https://a.example/atom.xml")).isEqualTo(FAILING);
    assertThat(reopened.get("https://c.example/")).isEqualTo(FetchState.NEW);
    assertThat(reopened.file()).isEqualTo(dir.resolve("data/feeds-state.json"));
    assertThat(Files.readString(reopened.file()).replace(System.lineSeparator(), "\n")).isEqualTo(
        """
        {
          "version" : 1,
          "feeds" : {
            "https://a.example/atom.xml" : {
              "etag" : null,
              "lastModified" : null,
              "lastFetch" : "2024-05-01T10:00:01Z",
              "failures" : 3,
              "notBefore" : "2024-05-01T10:04:01Z"
            },
            "https://b.example/feed.rss" : {
              "etag" : "\\"v1\\"",
              "lastModified" : "Wed, 22 Jun 2022 07:35:00 GMT",
              "lastFetch" : "2024-05-01T10:00:00Z",
              "failures" : 0,
              "notBefore" : null
            }
          }
        }""");
    try (var files = Files.list(dir.resolve("data"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("feeds-state.json"); // no temp left
    }
  }

  @Test
  void aFileInAnotherFormatIsInvalidInputNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("feeds-state.json"), "{\"feeds\": []}");
    assertThatThrownBy(() -> JsonFileFetchStateStore.open(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": not a factdesk feed state file (expected {\"version\": 1, \"feeds\": {...}}); delete it to start afresh");
    Files.writeString(file, "{\"version\": 1, \"feeds\": {\"https://a.example/\": {\"lastFetch\": \"yesterday\"}}}");
    assertThatThrownBy(() -> JsonFileFetchStateStore.open(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": not a factdesk feed state file (bad instant: yesterday); delete it to start afresh");
  }

  @Test
  void inMemoryStore() {
    InMemoryFetchStateStore store = new InMemoryFetchStateStore();
    assertThat(store.get("https://a.example/")).isEqualTo(FetchState.NEW);
    store.put("https://a.example/", FETCHED);
    assertThat(store.get("https://a.example/")).isEqualTo(FETCHED);
  }

  @Test
  void dueAtIsLastFetchPlusIntervalButNotBeforeNotBefore() {
    Duration interval = Duration.ofMinutes(15);
    assertThat(FetchState.NEW.dueAt(interval)).isEqualTo(Instant.MIN);
    assertThat(FETCHED.dueAt(interval)).isEqualTo(Instant.parse("2024-05-01T10:15:00Z"));
    assertThat(FAILING.dueAt(Duration.ofMinutes(1))).isEqualTo(Instant.parse("2024-05-01T10:04:01Z"));
    assertThat(FAILING.mayFetchAt(Instant.parse("2024-05-01T10:04:00Z"))).isFalse();
    assertThat(FAILING.mayFetchAt(Instant.parse("2024-05-01T10:04:01Z"))).isTrue();
  }
}
