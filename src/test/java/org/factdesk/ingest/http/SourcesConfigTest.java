package org.factdesk.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.factdesk.ingest.InvalidInputException;
import org.factdesk.ingest.http.SourceEntry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesConfigTest {
  @TempDir Path dir;

  private static final String EXAMPLE =
      """
      # factdesk sources file
      poll_interval: 15m          # default for feeds; ISO-8601 (PT15M) or 30s/15m/2h/1d
      sources:
        - name: VnExpress thời sự          # a public outlet
          url: https://vnexpress.net/rss/thoi-su.rss
          kind: posts                      # posts (default) | factchecks (ClaimReview feeds)
          interval: 30m
          min_delay: 2s                    # per-host politeness
        - name: Google Fact Check markup feed
          url: https://example.org/claimreview.json
          kind: factchecks
        - name: CrowdTangle exports
          path: /srv/exports/**/*.csv      # file, directory (recursive) or glob
          mapping: mapping.yaml            # optional column mapping file for generic CSV/JSONL
          encoding: auto                   # optional
      """;

  private Path write(String yaml) throws IOException {
    Files.writeString(dir.resolve("mapping.yaml"), "text: message\n");
    return Files.writeString(dir.resolve("sources.yaml"), yaml);
  }

  @Test
  void theIssueExampleParsesToExactValues() throws IOException {
    Path file = write(EXAMPLE);
    SourcesConfig config = SourcesConfig.read(file);

    assertThat(config.pollInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.minDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.sources()).containsExactly(
        new SourceEntry("VnExpress thời sự", URI.create("https://vnexpress.net/rss/thoi-su.rss"), null,
            Kind.POSTS, Duration.ofMinutes(30), Duration.ofSeconds(2), null, "auto"),
        new SourceEntry("Google Fact Check markup feed", URI.create("https://example.org/claimreview.json"), null,
            Kind.FACTCHECKS, Duration.ofMinutes(15), Duration.ofSeconds(1), null, "auto"),
        new SourceEntry("CrowdTangle exports", null, "/srv/exports/**/*.csv",
            Kind.POSTS, Duration.ofMinutes(15), Duration.ofSeconds(1), dir.resolve("mapping.yaml"), "auto"));
    assertThat(config.feeds()).extracting(SourceEntry::name)
        .containsExactly("VnExpress thời sự", "Google Fact Check markup feed");
    assertThat(config.paths()).extracting(SourceEntry::name).containsExactly("CrowdTangle exports");
  }

  @Test
  void defaultsRelativePathsIsoDurationsAndCharsets() throws IOException {
    Path file = write(
        """
        poll_interval: PT2H
        min_delay: 500ms
        sources:
          - url: http://example.org/feed.atom
          - path: exports/*.jsonl
            interval: 1h30m
            encoding: windows-1258
          - path: ../posts.csv
            kind: factchecks
            interval: P1D
        """);
    SourcesConfig config = SourcesConfig.read(file);

    assertThat(config.sources()).containsExactly(
        new SourceEntry("http://example.org/feed.atom", URI.create("http://example.org/feed.atom"), null,
            Kind.POSTS, Duration.ofHours(2), Duration.ofMillis(500), null, "auto"),
        new SourceEntry("exports/*.jsonl", null, dir + "/exports/*.jsonl",
            Kind.POSTS, Duration.ofMinutes(90), Duration.ofMillis(500), null, "windows-1258"),
        new SourceEntry("../posts.csv", null, dir.resolve("../posts.csv").toString(),
            Kind.FACTCHECKS, Duration.ofDays(1), Duration.ofMillis(500), null, "auto"));
  }

  private void assertInvalid(String yaml, String message) throws IOException {
    Path file = write(yaml);
    assertThatThrownBy(() -> SourcesConfig.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": " + message);
  }

  @Test
  void entriesNeedExactlyOneOfUrlOrPath() throws IOException {
    assertInvalid(
        """
        sources:
          - url: https://a.example/feed.rss
          - path: a.csv
          - name: nothing
        """,
        "sources[2]: needs exactly one of url or path");
    assertInvalid(
        """
        sources:
          - url: https://a.example/feed.rss
            path: a.csv
        """,
        "sources[0]: needs exactly one of url or path");
  }

  @Test
  void unknownKeysAreRejectedWithTheKnownOnes() throws IOException {
    assertInvalid(
        """
        sources:
          - url: https://a.example/feed.rss
            intervall: 5m
        """,
        "sources[0]: unknown key \"intervall\" (known: name, url, path, kind, interval, min_delay, mapping, encoding)");
    assertInvalid(
        """
        poll: 5m
        sources:
          - url: https://a.example/feed.rss
        """,
        "unknown key \"poll\" (known: poll_interval, min_delay, sources)");
  }

  @Test
  void badDurations() throws IOException {
    assertInvalid("poll_interval: 15 minutes\nsources: [{url: 'https://a.example/f.rss'}]\n",
        "poll_interval: bad duration \"15 minutes\" (expected ISO-8601 like PT15M, or 30s, 15m, 2h, 1d)");
    assertInvalid("sources: [{url: 'https://a.example/f.rss', interval: 30}]\n",
        "sources[0].interval: bad duration \"30\" (expected ISO-8601 like PT15M, or 30s, 15m, 2h, 1d)");
    assertInvalid("sources: [{url: 'https://a.example/f.rss', interval: 0s}]\n",
        "sources[0].interval: must be positive, got \"0s\"");
    assertInvalid("sources: [{url: 'https://a.example/f.rss', min_delay: PT-1S}]\n",
        "sources[0].min_delay: must be zero or more, got \"PT-1S\"");
    assertInvalid("sources: [{path: a.csv, min_delay: 1s}]\n",
        "sources[0].min_delay: applies to url sources only");
  }

  @Test
  void urlsMustBeAbsoluteHttpAndUnique() throws IOException {
    assertInvalid("sources: [{url: 'ftp://a.example/f.rss'}]\n",
        "sources[0].url: not an absolute http(s) URL: ftp://a.example/f.rss");
    assertInvalid("sources: [{url: 'feeds/f.rss'}]\n",
        "sources[0].url: not an absolute http(s) URL: feeds/f.rss");
    assertInvalid("sources: [{url: 'https://a.example/a b.rss'}]\n",
        "sources[0].url: not a valid URL: https://a.example/a b.rss");
    assertInvalid("sources: [{url: 'https://a.example/f.rss'}, {path: x}, {url: 'https://a.example/f.rss'}]\n",
        "sources[2]: duplicate url https://a.example/f.rss (also sources[0])");
  }

  @Test
  void kindsCharsetsMappingsAndShape() throws IOException {
    assertInvalid("sources: [{url: 'https://a.example/f.rss', kind: post}]\n",
        "sources[0].kind: unknown kind \"post\" (known: posts, factchecks)");
    assertInvalid("sources: [{path: a.csv, encoding: latin-99}]\n",
        "sources[0].encoding: unknown charset \"latin-99\"");
    assertInvalid("sources: [{path: a.csv, mapping: missing.yaml}]\n",
        "sources[0].mapping: no such file " + dir.resolve("missing.yaml"));
    assertInvalid("sources: [{path: [a.csv, b.csv]}]\n", "sources[0].path: expected a single value");
    assertInvalid("sources: [https://a.example/f.rss]\n", "sources[0]: expected a mapping with url or path");
    assertInvalid("sources: []\n", "sources: expected a non-empty list");
    assertInvalid("poll_interval: 15m\n", "sources: expected a non-empty list");
    assertInvalid("# nothing yet\n", "empty sources file");
    assertInvalid("- a\n- b\n", "expected a mapping with a sources list");
  }

  @Test
  void yamlErrorsNameTheLine() throws IOException {
    Path file = write("sources:\n  - url: https://a.example/f.rss\n    url: https://b.example/g.rss\n");
    assertThatThrownBy(() -> SourcesConfig.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ":3: Duplicate field 'url'");
  }
}
