package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Post files in UTF-8 with BOM, UTF-16 (with and without BOM) and Windows-1258, through {@link Formats}. */
class EncodedPostFilesTest {
  @TempDir Path dir;
  private final AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(new byte[32]);

  private static final String CROWDTANGLE =
      "Page Name,User Name,Facebook Id,Post Created,Likes,Comments,Shares,Love,URL,Message\n"
          + "Báo Sức Khỏe,baosuckhoe,100012,2021-03-01 10:15:00 ICT,12,3,4,1,https://www.facebook.com/baosuckhoe/posts/1,"
          + "\"Uống nước chanh có chữa được ung thư?\nKhông, đây là tin đồn.\"\n";

  private Post crowdTanglePost() {
    return new Post("https://www.facebook.com/baosuckhoe/posts/1", "Báo Sức Khỏe",
        "https://www.facebook.com/baosuckhoe/posts/1", Instant.parse("2021-03-01T03:15:00Z"),
        "Uống nước chanh có chữa được ung thư?\nKhông, đây là tin đồn.", null,
        pseudonymiser.pseudonymise("baosuckhoe"), new Engagement(13, 4, 3));
  }

  private Fixtures.Result<Post> read(Path file, TextEncoding encoding) throws Exception {
    return Fixtures.read(Formats.postReader(file, pseudonymiser, encoding), file);
  }

  @Test
  void utf8WithBomJsonlAndCrowdTangle() throws Exception {
    Path jsonl = Fixtures.writeBytes(dir, "p.jsonl", Fixtures.BOM, "{\"id\":\"p1\",\"text\":\"Vắc xin gây vô sinh?\"}\n");
    assertThat(read(jsonl, TextEncoding.AUTO).records()).containsExactly(Post.of("p1", "Vắc xin gây vô sinh?"));
    Path csv = Fixtures.writeBytes(dir, "ct.csv", Fixtures.BOM, CROWDTANGLE);
    assertThat(Formats.postReader(csv, pseudonymiser)).isInstanceOf(CrowdTangleCsvReader.class);
    assertThat(read(csv, TextEncoding.AUTO).records()).containsExactly(crowdTanglePost());
    assertThat(read(csv, TextEncoding.UTF_8).records()).containsExactly(crowdTanglePost());
  }

  @Test
  void utf16CrowdTangleExportsWithByteOrderMark() throws Exception {
    Path le = Fixtures.writeBytes(dir, "le.csv", Fixtures.BOM_LE, CROWDTANGLE.getBytes(StandardCharsets.UTF_16LE));
    Path be = Fixtures.writeBytes(dir, "be.csv", Fixtures.BOM_BE, CROWDTANGLE.getBytes(StandardCharsets.UTF_16BE));
    for (Path file : new Path[] {le, be}) {
      assertThat(Formats.postReader(file, pseudonymiser)).isInstanceOf(CrowdTangleCsvReader.class);
      Fixtures.Result<Post> r = read(file, TextEncoding.AUTO);
      assertThat(r.records()).containsExactly(crowdTanglePost());
      assertThat(r.stats()).isEqualTo(new ReadStats(1, 1, 0, 0));
      assertThat(read(file, TextEncoding.UTF_16).records()).containsExactly(crowdTanglePost());
    }
    assertThat(read(le, TextEncoding.UTF_16LE).records()).containsExactly(crowdTanglePost());
    assertThat(read(be, TextEncoding.UTF_16BE).records()).containsExactly(crowdTanglePost());
  }

  @Test
  void utf16WithoutByteOrderMarkIsDetected() throws Exception {
    String tsv = "q1\tNgười dân đổ xô mua muối\nq2\tCovid-19 vaccine causes infertility\n";
    Path le = Fixtures.writeBytes(dir, "le.tsv", tsv.getBytes(StandardCharsets.UTF_16LE));
    Path be = Fixtures.writeBytes(dir, "be.jsonl",
        "{\"id\":\"p1\",\"text\":\"Người dân đổ xô mua muối\"}\n".getBytes(StandardCharsets.UTF_16BE));
    assertThat(read(le, TextEncoding.AUTO).records())
        .containsExactly(Post.of("q1", "Người dân đổ xô mua muối"), Post.of("q2", "Covid-19 vaccine causes infertility"));
    assertThat(read(be, TextEncoding.AUTO).records()).containsExactly(Post.of("p1", "Người dân đổ xô mua muối"));
  }

  @Test
  void windows1258SelectedGivesNfcText() throws Exception {
    Path file = Fixtures.writeBytes(dir, "vn.csv",
        Fixtures.cp1258("id,text\nv1,Bộ Y tế khẳng định thông tin này là sai sự thật\nv2,\"Ăn tỏi, uống nước ấm: không chữa được Covid\"\n"));
    Fixtures.Result<Post> r = read(file, TextEncoding.WINDOWS_1258);
    assertThat(r.records()).containsExactly(
        Post.of("v1", "Bộ Y tế khẳng định thông tin này là sai sự thật"),
        Post.of("v2", "Ăn tỏi, uống nước ấm: không chữa được Covid"));
    assertThat(r.records()).allSatisfy(p -> assertThat(Normalizer.isNormalized(p.text(), Normalizer.Form.NFC)).isTrue());
  }

  /** Header, good, a byte Windows-1258 does not map (0x81), good. */
  private Path cp1258WithUnmappedByteOnLine3() throws Exception {
    return Fixtures.writeBytes(dir, "vn.csv",
        Fixtures.cp1258("id,text\nv1,Tin đồn về muối i-ốt\nv2,lỗi "), new byte[] {(byte) 0x81},
        Fixtures.cp1258(" ở đây\nv3,Đây là tin giả\n"));
  }

  @Test
  void anUnmappedWindows1258ByteQuarantinesOnlyItsLine() throws Exception {
    Path file = cp1258WithUnmappedByteOnLine3();
    Fixtures.Result<Post> r = read(file, TextEncoding.WINDOWS_1258);
    assertThat(r.records()).containsExactly(Post.of("v1", "Tin đồn về muối i-ốt"), Post.of("v3", "Đây là tin giả"));
    assertThat(r.quarantine().rejections()).containsExactly(
        new Rejection(file.toString(), 3, null, "undecodable bytes for windows-1258", "v2,lỗi \\x81 ở đây"));
    assertThat(r.stats()).isEqualTo(new ReadStats(3, 2, 1, 0));
  }

  @Test
  void windows1258ReadAsAutoIsQuarantinedWithAHintNeverAccepted() throws Exception {
    Path file = cp1258WithUnmappedByteOnLine3();
    Fixtures.Result<Post> r = read(file, TextEncoding.AUTO);
    assertThat(r.records()).isEmpty();
    String hint = "invalid UTF-8 (looks like Windows-1258 Vietnamese: re-run with --encoding cp1258)";
    assertThat(r.quarantine().rejections())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, hint),
            org.assertj.core.groups.Tuple.tuple(3L, "invalid UTF-8"), // 0x81 is not Windows-1258 either
            org.assertj.core.groups.Tuple.tuple(4L, hint));
    assertThat(r.quarantine().rejections().get(0).raw()).isEqualTo("v1,Tin \\xF0\\xF4\\xCCn v\\xEA\\xCC mu\\xF4\\xECi i-\\xF4\\xECt");
  }

  @Test
  void telegramExportsInUtf16AndWindows1258() throws Exception {
    String json = "{\"name\": \"Kênh Thời sự\", \"type\": \"public_channel\", \"id\": 17,\n"
        + " \"messages\": [\n  {\"id\": 1, \"type\": \"message\", \"date_unixtime\": \"1650000000\", \"text\": \"Sự thật về vắc xin\"}\n ]}\n";
    Post expected = new Post("17/1", "Kênh Thời sự", null, Instant.ofEpochSecond(1650000000L), "Sự thật về vắc xin", null,
        pseudonymiser.pseudonymise(null), new Engagement(0, 0, 0));
    Path utf16 = Fixtures.writeBytes(dir, "u16.json", json.getBytes(StandardCharsets.UTF_16LE));
    Path cp1258 = Fixtures.writeBytes(dir, "cp.json", Fixtures.cp1258(json));
    assertThat(read(utf16, TextEncoding.AUTO).records()).containsExactly(expected);
    assertThat(read(cp1258, TextEncoding.WINDOWS_1258).records()).containsExactly(expected);
    assertThatThrownBy(() -> read(cp1258, TextEncoding.AUTO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(cp1258 + ":1: invalid UTF-8 (looks like Windows-1258 Vietnamese: re-run with --encoding cp1258)");
    Path bad = Fixtures.writeBytes(dir, "bad.json", Fixtures.cp1258(json.replace("Sự thật", "Sự\u0178")));
    byte[] b = java.nio.file.Files.readAllBytes(bad);
    for (int i = 0; i < b.length; i++) {
      b[i] = b[i] == (byte) 0x9F ? (byte) 0x9E : b[i]; // Ÿ → the unmapped 0x9E
    }
    java.nio.file.Files.write(bad, b);
    assertThatThrownBy(() -> read(bad, TextEncoding.WINDOWS_1258))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(bad + ":3: undecodable bytes for windows-1258");
  }

  @Test
  void feedsFollowTheirOwnDeclarationInUtf16AndWindows1258() throws Exception {
    String rss = "<?xml version=\"1.0\" encoding=\"%s\"?>\n<rss version=\"2.0\"><channel><title>Báo Mới</title>"
        + "<item><guid>g1</guid><title>Cảnh báo tin giả về điện thoại</title></item></channel></rss>\n";
    Path utf16 = Fixtures.writeBytes(dir, "u16.rss", Fixtures.BOM_LE, String.format(rss, "UTF-16").getBytes(StandardCharsets.UTF_16LE));
    Path cp1258 = Fixtures.writeBytes(dir, "cp.rss", Fixtures.cp1258(String.format(rss, "windows-1258")));
    for (Path file : new Path[] {utf16, cp1258}) {
      Fixtures.Result<Post> r = read(file, TextEncoding.AUTO);
      assertThat(r.records()).hasSize(1);
      // FeedReader keeps the decoder's output: Windows-1258 tones stay combining marks (analysis normalises)
      assertThat(Normalizer.normalize(r.records().get(0).text(), Normalizer.Form.NFC)).isEqualTo("Cảnh báo tin giả về điện thoại");
      assertThat(Normalizer.normalize(r.records().get(0).source(), Normalizer.Form.NFC)).isEqualTo("Báo Mới");
    }
    assertThat(Charset.isSupported("windows-1258")).isTrue();
  }
}
