package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir Path dir;
  private final FeedReader reader = new FeedReader();

  private static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
          <title>Báo Điện tử Chính phủ</title>
          <link>https://baochinhphu.vn</link>
          <atom:link href="https://baochinhphu.vn/rss/home.rss" rel="self"/>
          <description>Tin tức mới nhất</description>
          <language>vi-vn</language>
          <image><title>Logo</title><url>https://baochinhphu.vn/logo.png</url></image>
          <item>
            <title>Bộ Y tế bác tin đồn về vaccine</title>
            <link>https://baochinhphu.vn/bo-y-te-bac-tin-don-102220622.htm</link>
            <guid isPermaLink="false">bcp-102220622</guid>
            <pubDate>Wed, 22 Jun 2022 14:35:00 +0700</pubDate>
            <dc:creator>Nguyễn Văn A</dc:creator>
            <description><![CDATA[<p>Thông tin <b>vaccine gây vô sinh</b> là <a href="/x">sai sự thật</a>.</p>]]></description>
          </item>
          <item>
            <title>Một tin không có đường dẫn</title>
            <description>Không có guid, không có link.</description>
          </item>
          <item>
            <link>https://baochinhphu.vn/khong-co-tieu-de.htm</link>
            <pubDate>Thu, 23 Jun 2022 08:00:00 GMT</pubDate>
          </item>
          <item>
            <title>Giá xăng giảm từ chiều nay</title>
            <link>https://baochinhphu.vn/gia-xang-giam.htm</link>
            <pubDate>Fri, 24 Jun 2022 09:15 EST</pubDate>
            <description>Giá xăng RON95 giảm 1.000 đồng/lít &amp; dầu diesel giữ nguyên.</description>
            <content:encoded><![CDATA[<div><p>Liên Bộ Công Thương – Tài chính điều chỉnh giá.</p><p>Xăng RON95 giảm 1.000 đồng/lít.</p></div>]]></content:encoded>
          </item>
        </channel>
      </rss>
      """;

  @Test
  void readsRssItemsAndRejectsBadOnesBetweenGoodOnes() throws Exception {
    Path file = Fixtures.write(dir, "home.rss", RSS);
    Fixtures.Result<Post> r = Fixtures.read(reader, file);

    assertThat(r.records()).containsExactly(
        new Post("bcp-102220622", "Báo Điện tử Chính phủ",
            "https://baochinhphu.vn/bo-y-te-bac-tin-don-102220622.htm",
            Instant.parse("2022-06-22T07:35:00Z"),
            "Bộ Y tế bác tin đồn về vaccine\nThông tin vaccine gây vô sinh là sai sự thật.",
            "vi-VN", null, Engagement.NONE),
        new Post("https://baochinhphu.vn/gia-xang-giam.htm", "Báo Điện tử Chính phủ",
            "https://baochinhphu.vn/gia-xang-giam.htm",
            Instant.parse("2022-06-24T14:15:00Z"),
            "Giá xăng giảm từ chiều nay\nLiên Bộ Công Thương – Tài chính điều chỉnh giá. Xăng RON95 giảm 1.000 đồng/lít.",
            "vi-VN", null, Engagement.NONE));
    assertThat(r.quarantine().rejections()).containsExactly(
        new Rejection(file.toString(), 19, null, "missing id",
            "title=Một tin không có đường dẫn; summary=Không có guid, không có link."),
        new Rejection(file.toString(), 23, null, "missing text",
            "link=https://baochinhphu.vn/khong-co-tieu-de.htm; date=Thu, 23 Jun 2022 08:00:00 GMT"));
    assertThat(r.stats()).isEqualTo(new ReadStats(4, 2, 2, 0));
    assertThat(r.records()).allSatisfy(p -> assertThat(p.text()).doesNotContain("Nguyễn Văn A"));
  }

  @Test
  void readsAtomEntries() throws Exception {
    Path file = Fixtures.write(dir, "factcheck.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title type="text">Example Fact Check</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2024-03-02T10:00:00Z</updated>
          <entry>
            <title>Claim about 5G towers is false</title>
            <link rel="self" href="https://example.org/api/1"/>
            <link rel="alternate" type="text/html" href="https://example.org/checks/5g"/>
            <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
            <published>2024-03-01T09:30:00+07:00</published>
            <updated>2024-03-02T10:00:00Z</updated>
            <author><name>Jane Roe</name></author>
            <summary type="html">&lt;p&gt;No, 5G towers do not spread viruses.&lt;/p&gt;</summary>
          </entry>
          <entry>
            <updated>2024-03-02T11:00:00Z</updated>
            <summary>An entry with no id and no link.</summary>
          </entry>
          <entry xml:lang="vi">
            <title>Tin giả về muối i-ốt</title>
            <link href="https://example.org/checks/muoi"/>
            <id>tag:example.org,2024:muoi</id>
            <updated>2024-03-03T12:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Muối i-ốt không chữa được COVID-19.</p></div></content>
          </entry>
        </feed>
        """);
    Fixtures.Result<Post> r = Fixtures.read(reader, file);

    assertThat(r.records()).containsExactly(
        new Post("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", "Example Fact Check",
            "https://example.org/checks/5g", Instant.parse("2024-03-01T02:30:00Z"),
            "Claim about 5G towers is false\nNo, 5G towers do not spread viruses.", "en", null, Engagement.NONE),
        new Post("tag:example.org,2024:muoi", "Example Fact Check", "https://example.org/checks/muoi",
            Instant.parse("2024-03-03T12:00:00Z"), "Tin giả về muối i-ốt\nMuối i-ốt không chữa được COVID-19.",
            "vi", null, Engagement.NONE));
    assertThat(r.quarantine().rejections()).extracting(Rejection::line, Rejection::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(16L, "missing id"));
    assertThat(r.stats()).isEqualTo(new ReadStats(3, 2, 1, 0));
  }

  @Test
  void malformedFileKeepsItemsBeforeTheErrorAndNamesLineAndColumn() throws Exception {
    Path file = Fixtures.write(dir, "broken.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Feed</title>
        <item><guid>1</guid><title>First</title></item>
        <item><guid>2</guid><title>Second</title></item>
        <item><guid>3</guid><title>Broken <b>tag</title></item>
        <item><guid>4</guid><title>Never reached</title></item>
        </channel></rss>
        """);
    Fixtures.Result<Post> r = Fixtures.read(reader, file);

    assertThat(r.records()).extracting(Post::id, Post::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("1", "First"), org.assertj.core.groups.Tuple.tuple("2", "Second"));
    assertThat(r.quarantine().rejections()).hasSize(1);
    Rejection bad = r.quarantine().rejections().get(0);
    assertThat(bad.line()).isEqualTo(5);
    assertThat(bad.reason()).startsWith("malformed XML at line 5, column ");
    assertThat(r.stats()).isEqualTo(new ReadStats(3, 2, 1, 0));
  }

  @Test
  void unreadableDateIsAWarningAndNotAnHtmlPageIsRejected() throws Exception {
    Path feed = Fixtures.write(dir, "d.rss", """
        <rss version="2.0"><channel><title>F</title>
        <item><guid>1</guid><title>T</title><pubDate>hôm qua</pubDate></item>
        </channel></rss>
        """);
    Fixtures.Result<Post> r = Fixtures.read(reader, feed);
    assertThat(r.records()).extracting(Post::publishedAt).containsExactly((Instant) null);
    assertThat(r.quarantine().warnings()).containsExactly(feed + ":2: unreadable date: hôm qua");
    assertThat(r.stats()).isEqualTo(new ReadStats(1, 1, 0, 1));

    Path page = Fixtures.write(dir, "page.xml", "<html><body><p>x</p></body></html>");
    Fixtures.Result<Post> p = Fixtures.read(reader, page);
    assertThat(p.quarantine().rejections()).extracting(Rejection::reason)
        .containsExactly("not an RSS or Atom feed (root element <html>)");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    Path secret = Fixtures.write(dir, "secret.txt", "TOP-SECRET");
    Path file = Fixtures.write(dir, "xxe.rss", "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>F</title>\n"
        + "<item><guid>1</guid><title>Hello &xxe;</title></item>\n"
        + "</channel></rss>\n");
    Fixtures.Result<Post> r = Fixtures.read(reader, file);
    assertThat(r.records()).isEmpty();
    assertThat(r.quarantine().rejections()).containsExactly(new Rejection(file.toString(), 4, null,
        "malformed XML at line 4, column 39: The entity \"xxe\" was referenced, but not declared.", null));
    assertThat(r.stats()).isEqualTo(new ReadStats(1, 0, 1, 0));
  }

  @Test
  void externalDtdIsNotFetchedAndDeclaredEncodingIsHonoured() throws Exception {
    Path netscape = Fixtures.write(dir, "old.rss", """
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old Feed</title><language>en</language>
        <item><title>Hello &amp; goodbye</title><link>http://example.org/1</link></item>
        </channel></rss>
        """);
    assertThat(Fixtures.read(reader, netscape).records()).containsExactly(new Post("http://example.org/1", "Old Feed",
        "http://example.org/1", null, "Hello & goodbye", "en", null, Engagement.NONE));

    Path latin1 = Fixtures.writeBytes(dir, "latin1.rss", ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        + "<rss><channel><title>Caf\u00e9</title><item><guid>1</guid><title>Cr\u00e8me br\u00fbl\u00e9e</title></item>"
        + "</channel></rss>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(Fixtures.read(reader, latin1).records()).extracting(Post::source, Post::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Café", "Crème brûlée"));
  }

  @Test
  void rfc822Dates() {
    assertThat(Rfc822Dates.parse("Sat, 07 Sep 2002 00:00:01 GMT")).isEqualTo(Instant.parse("2002-09-07T00:00:01Z"));
    assertThat(Rfc822Dates.parse("7 Sep 2002 09:00 PDT")).isEqualTo(Instant.parse("2002-09-07T16:00:00Z"));
    assertThat(Rfc822Dates.parse("2002-09-07")).isNull();
  }
}
