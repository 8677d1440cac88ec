package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramExportReaderTest {
  static final String CHANNEL_FROM_ID = "channel1712345678";
  static final String USER_FROM_ID = "user987654321";

  /** A Telegram Desktop result.json: service, good, missing id, good (parts), photo only, good (bad date). */
  static final String RESULT_JSON = """
      {
       "name": "Kênh Tin Nhanh 24h",
       "type": "public_channel",
       "id": 1712345678,
       "messages": [
        {
         "id": 1,
         "type": "service",
         "date": "2022-06-01T08:00:00",
         "date_unixtime": "1654045200",
         "actor": "Kênh Tin Nhanh 24h",
         "actor_id": "channel1712345678",
         "action": "create_channel",
         "title": "Kênh Tin Nhanh 24h",
         "text": "",
         "text_entities": []
        },
        {
         "id": 12,
         "type": "message",
         "date": "2022-06-22T14:35:00",
         "date_unixtime": "1655883300",
         "from": "Kênh Tin Nhanh 24h",
         "from_id": "channel1712345678",
         "text": "Bộ Y tế: uống tỏi không phòng được đậu mùa khỉ.",
         "text_entities": [{"type": "plain", "text": "Bộ Y tế: uống tỏi không phòng được đậu mùa khỉ."}],
         "reactions": [{"type": "emoji", "count": 5, "emoji": "👍"}, {"type": "emoji", "count": 2, "emoji": "😢"}]
        },
        {
         "type": "message",
         "date": "2022-06-22T15:00:00",
         "date_unixtime": "1655884800",
         "from": "Trần Thị B",
         "from_id": "user987654321",
         "text": "Tin giả: 5G lây virus"
        },
        {
         "id": 13,
         "type": "message",
         "date": "2022-06-23T09:00:00",
         "from": "Kênh Tin Nhanh 24h",
         "from_id": "channel1712345678",
         "forwarded_from": "Nguyễn Văn A",
         "text": ["Xem chi tiết: ", {"type": "link", "text": "https://moh.gov.vn/tin-tuc"}, " — ", {"type": "bold", "text": "KHẨN"}],
         "reactions": [{"type": "emoji", "count": 1, "emoji": "❤"}]
        },
        {
         "id": 14,
         "type": "message",
         "date": "2022-06-23T10:00:00",
         "date_unixtime": "1655953200",
         "from": "Kênh Tin Nhanh 24h",
         "from_id": "channel1712345678",
         "photo": "photos/photo_1@23-06-2022_10-00-00.jpg",
         "text": ""
        },
        {
         "id": 15,
         "type": "message",
         "date": "hôm qua",
         "from_id": "channel1712345678",
         "text": "Nước dừa không chữa được sốt xuất huyết."
        }
       ]
      }
      """;

  @TempDir Path dir;
  private final AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(new byte[32]);

  @Test
  void readsChannelMessagesAroundBadOnes() throws Exception {
    Path file = Fixtures.write(dir, "result.json", RESULT_JSON);
    Fixtures.Result<Post> result = Fixtures.read(new TelegramExportReader(pseudonymiser), file);

    String key = pseudonymiser.pseudonymise(CHANNEL_FROM_ID);
    assertThat(result.records())
        .containsExactly(
            new Post("1712345678/12", "Kênh Tin Nhanh 24h", null, Instant.parse("2022-06-22T07:35:00Z"),
                "Bộ Y tế: uống tỏi không phòng được đậu mùa khỉ.", null, key, new Engagement(7, 0, 0)),
            new Post("1712345678/13", "Kênh Tin Nhanh 24h", null, Instant.parse("2022-06-23T02:00:00Z"),
                "Xem chi tiết: https://moh.gov.vn/tin-tuc — KHẨN", null, key, new Engagement(1, 0, 0)),
            new Post("1712345678/15", "Kênh Tin Nhanh 24h", null, null, "Nước dừa không chữa được sốt xuất huyết.", null,
                key, Engagement.NONE));
    // service message 1 and photo-only message 14 are skipped, not counted
    assertThat(result.stats()).isEqualTo(new ReadStats(4, 3, 1, 1));
    assertThat(result.quarantine().rejections()).singleElement().satisfies(r -> {
      assertThat(r.file()).isEqualTo(file.toString());
      assertThat(r.line()).isEqualTo(29);
      assertThat(r.field()).isEqualTo("/messages/2/id");
      assertThat(r.reason()).isEqualTo("missing id");
      assertThat(r.raw()).contains("Tin giả: 5G lây virus", "\"from_id\":\"[author redacted]\"")
          .doesNotContain(USER_FROM_ID, "Trần Thị B");
    });
    assertThat(result.quarantine().warnings()).containsExactly(file + ":57: unparseable date: \"hôm qua\"");
  }

  @Test
  void textPartsConcatenate() throws Exception {
    assertThat(TelegramExportReader.text(Json.parse("[\"a \", {\"type\":\"italic\",\"text\":\"b\"}, 3, {\"type\":\"x\"}]")))
        .isEqualTo("a b");
    assertThat(TelegramExportReader.text(Json.parse("\"  plain  \""))).isEqualTo("plain");
    assertThat(TelegramExportReader.text(null)).isEmpty();
  }

  @Test
  void brokenJsonStopsWithLocationAfterEarlierPosts() throws Exception {
    Path file = Fixtures.write(dir, "result.json",
        "{\"name\": \"K\", \"id\": 7, \"messages\": [\n{\"id\": 1, \"type\": \"message\", \"text\": \"một\"},\n{\"id\": 2,,}]}");
    java.util.List<Post> posts = new java.util.ArrayList<>();
    assertThatThrownBy(() -> new TelegramExportReader(pseudonymiser).read(file, posts::add, new CollectingQuarantine()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(file + ":3: invalid JSON: ");
    assertThat(posts).extracting(Post::id).containsExactly("7/1");
  }

  @Test
  void recognisesOnlyObjectsWithMessagesArray() throws Exception {
    assertThat(TelegramExportReader.recognises(Fixtures.write(dir, "a.json", RESULT_JSON))).isTrue();
    assertThat(TelegramExportReader.recognises(Fixtures.write(dir, "b.json", "{\"about\": {\"messages\": []}, \"x\": 1}"))).isFalse();
    assertThat(TelegramExportReader.recognises(Fixtures.write(dir, "c.json", "{\"messages\": {}}"))).isFalse();
    assertThat(TelegramExportReader.recognises(Fixtures.write(dir, "d.json", "[{\"messages\": []}]"))).isFalse();
    assertThat(TelegramExportReader.recognises(Fixtures.write(dir, "e.json", "{\"messages\": [ broken"))).isTrue();
    assertThat(TelegramExportReader.recognises(Fixtures.write(dir, "f.json", "not json"))).isFalse();
  }
}
