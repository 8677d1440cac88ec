package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw page handles ({@code User Name}) and Telegram {@code from_id}s never reach posts or the quarantine. */
class ExportPrivacyTest {
  @TempDir Path dir;

  @Test
  void rawHandlesAppearInNoPostFieldNorInTheQuarantine() throws Exception {
    AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(new byte[32]);
    Path crowdTangle = Fixtures.write(dir, "ct.csv", CrowdTangleCsvReaderTest.fixture());
    Path telegram = Fixtures.write(dir, "result.json", TelegramExportReaderTest.RESULT_JSON);
    Path quarantinePath = dir.resolve("out").resolve("quarantine.jsonl");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<Post> posts = new ArrayList<>();
    try (QuarantineFile quarantine = new QuarantineFile(quarantinePath, new PrintStream(log, true, StandardCharsets.UTF_8))) {
      Formats.readPosts(List.of(crowdTangle, telegram), pseudonymiser, posts::add, quarantine);
      assertThat(quarantine.rejected()).isEqualTo(3);
    }
    String quarantined = Files.readString(quarantinePath, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    String logged = log.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    List<String> rawHandles = List.of(CrowdTangleCsvReaderTest.HANDLE, "trangtintonghop",
        TelegramExportReaderTest.CHANNEL_FROM_ID, TelegramExportReaderTest.USER_FROM_ID);

    assertThat(posts).hasSize(6);
    for (String handle : rawHandles) {
      String h = handle.toLowerCase(Locale.ROOT);
      assertThat(quarantined).as("quarantine file").doesNotContain(h);
      assertThat(logged).as("log").doesNotContain(h);
      for (Post p : posts) {
        assertThat(p.authorKey()).isNotNull().hasSize(32).isNotEqualToIgnoringCase(handle);
        for (String field : List.of(String.valueOf(p.source()), p.text(), String.valueOf(p.language()), p.authorKey(),
            String.valueOf(p.publishedAt()), String.valueOf(p.engagement()))) {
          assertThat(field.toLowerCase(Locale.ROOT)).as("post %s", p.id()).doesNotContain(h);
        }
        if (!p.source().equals("Báo Sức khỏe & Đời sống")) {
          assertThat(String.valueOf(p.url()).toLowerCase(Locale.ROOT)).doesNotContain(h);
          assertThat(p.id().toLowerCase(Locale.ROOT)).doesNotContain(h);
        }
      }
    }
    // Known exception, by design: CrowdTangle's public page URL embeds the page handle
    // (https://www.facebook.com/<User Name>/posts/<n>) and is kept as the post's id and url.
    assertThat(posts.get(0).url()).contains("/" + CrowdTangleCsvReaderTest.HANDLE + "/posts/");
    assertThat(quarantined).contains(AuthorRedaction.REDACTED);
  }
}
