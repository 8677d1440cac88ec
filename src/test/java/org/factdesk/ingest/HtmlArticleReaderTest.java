package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {
  @TempDir Path dir;
  private final HtmlArticleReader reader = new HtmlArticleReader();

  /** A provincial government portal article page: header, menu, article, two sidebars, footer. */
  static final String PORTAL_PAGE =
      """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
        <meta charset="utf-8">
        <title>Cảnh báo tin giả về hỗ trợ tiền mặt - Cổng thông tin điện tử tỉnh Quảng Nam</title>
        <meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Quảng Nam">
        <link rel="canonical" href="https://quangnam.gov.vn/tin-tuc/canh-bao-tin-gia-ho-tro-tien-mat-12345.html">
      </head>
      <body>
        <div class="top-bar">Hôm nay: Thứ Tư, 29/11/2026 | <a href="/en">English</a></div>
        <div id="menu-main"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
          <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div>
        <div class="box-search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm kiếm</button></div>
        <div class="wrapper">
          <div class="col-main">
            <div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></div>
            <h1 class="title-detail">Cảnh báo tin giả về hỗ trợ tiền mặt cho người dân</h1>
            <div class="post-meta"><span>22/06/2022 14:35</span> <span>Lượt xem: 1523</span></div>
            <div class="content-detail">
              <p><strong>Thời gian gần đây, trên mạng xã hội lan truyền thông tin Nhà nước hỗ trợ mỗi người dân 3 triệu đồng.</strong></p>
              <p>Sở Thông tin và Truyền thông khẳng định đây là thông tin sai sự thật, nhằm lừa đảo chiếm đoạt tài sản.</p>
              <p>Người dân không cung cấp thông tin cá nhân, mã OTP cho bất kỳ ai qua <a href="https://zalo.me">Zalo</a> hoặc điện thoại.</p>
              <p>Mọi thông tin chính thức được đăng tải trên Cổng thông tin điện tử tỉnh.</p>
              <p style="text-align:right"><strong>T/h: Nguyễn Văn A</strong></p>
            </div>
            <div class="tin-khac"><h3>Tin khác</h3>
              <p><a href="/a">Quảng Nam tổ chức hội nghị chuyển đổi số năm 2022</a></p>
              <p><a href="/b">Hướng dẫn phòng, chống lừa đảo trực tuyến</a></p>
            </div>
          </div>
          <div class="col-right">
            <div class="box"><h3>Tin Nóng</h3>
              <ul><li><a href="/c">Bão số 1 đổ bộ vào các tỉnh miền Trung</a></li>
                  <li><a href="/d">Khai mạc kỳ họp thứ 7 HĐND tỉnh</a></li></ul></div>
            <div class="box"><h3>Tin tiêu điểm</h3>
              <ul><li><a href="/e">Đón nhận Huân chương Lao động hạng Nhất</a></li>
                  <li><a href="/f">Triển khai Đề án 06 về dữ liệu dân cư</a></li></ul></div>
            <div class="box"><p>Lượt truy cập: 123456</p><p>Đang online: 42</p></div>
          </div>
        </div>
        <div class="bottom">
          <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Nam. Địa chỉ: 62 Hùng Vương, TP. Tam Kỳ.</p>
          <p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>
        </div>
      </body>
      </html>
      """;

  static final String EXPECTED_BODY =
      "Thời gian gần đây, trên mạng xã hội lan truyền thông tin Nhà nước hỗ trợ mỗi người dân 3 triệu đồng.\n"
          + "Sở Thông tin và Truyền thông khẳng định đây là thông tin sai sự thật, nhằm lừa đảo chiếm đoạt tài sản.\n"
          + "Người dân không cung cấp thông tin cá nhân, mã OTP cho bất kỳ ai qua Zalo hoặc điện thoại.\n"
          + "Mọi thông tin chính thức được đăng tải trên Cổng thông tin điện tử tỉnh.";

  @Test
  void readsAGovernmentPortalArticleWithoutBoilerplateOrByline() throws Exception {
    Path file = Fixtures.write(dir, "canh-bao.html", PORTAL_PAGE);
    Fixtures.Result<Post> r = Fixtures.read(reader, file);

    assertThat(r.records()).containsExactly(new Post(
        "https://quangnam.gov.vn/tin-tuc/canh-bao-tin-gia-ho-tro-tien-mat-12345.html",
        "Cổng thông tin điện tử tỉnh Quảng Nam",
        "https://quangnam.gov.vn/tin-tuc/canh-bao-tin-gia-ho-tro-tien-mat-12345.html",
        Instant.parse("2022-06-22T07:35:00Z"),
        "Cảnh báo tin giả về hỗ trợ tiền mặt cho người dân\n" + EXPECTED_BODY,
        "vi", null, Engagement.NONE));
    String text = r.records().get(0).text();
    for (String boilerplate : List.of("Nguyễn Văn A", "T/h", "Tin Nóng", "Tin tiêu điểm", "Bão số 1", "Tìm kiếm",
        "Lượt truy cập", "123456", "Trang chủ", "Tin khác", "Cơ quan chủ quản", "29/11/2026")) {
      assertThat(text).doesNotContain(boilerplate);
    }
    assertThat(r.stats()).isEqualTo(new ReadStats(1, 1, 0, 0));
  }

  @Test
  void openGraphAndTimeElementWinOverPrintedText() throws Exception {
    Path file = Fixtures.write(dir, "og.htm", """
        <html lang="vi-VN"><head>
          <meta property="og:title" content="Thủ tướng chủ trì phiên họp Chính phủ">
          <meta property="og:url" content="https://baochinhphu.vn/phien-hop-102220622.htm">
          <meta property="og:site_name" content="Báo Điện tử Chính phủ">
        </head><body>
          <header><h1>BÁO ĐIỆN TỬ CHÍNH PHỦ</h1></header>
          <article>
            <time datetime="2022-06-22T14:35:00+07:00">Thứ Tư, 22/6/2022 14:35</time>
            <p>Sáng 22/6, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 5.</p>
            <p>Phiên họp bàn về tình hình kinh tế - xã hội. PV: Trần Thị B</p>
          </article>
          <aside><p>Xem nhiều nhất trong tuần: bão, lũ, giá xăng, tỷ giá, thời tiết và nhiều tin khác nữa.</p></aside>
        </body></html>
        """);
    Fixtures.Result<Post> r = Fixtures.read(reader, file);

    assertThat(r.records()).containsExactly(new Post(
        "https://baochinhphu.vn/phien-hop-102220622.htm", "Báo Điện tử Chính phủ",
        "https://baochinhphu.vn/phien-hop-102220622.htm", Instant.parse("2022-06-22T07:35:00Z"),
        "Thủ tướng chủ trì phiên họp Chính phủ\n"
            + "Sáng 22/6, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 5.\n"
            + "Phiên họp bàn về tình hình kinh tế - xã hội.",
        "vi-VN", null, Engagement.NONE));
  }

  @Test
  void goodPagesOnBothSidesOfAnEmptyOne() throws Exception {
    Path good1 = Fixtures.write(dir, "a.html", PORTAL_PAGE);
    Path empty = Fixtures.write(dir, "b.html", "<html><body><div class=\"box\"><a href=\"/\">Trang chủ</a></div></body></html>");
    Path good2 = Fixtures.write(dir, "c.html",
        "<html><body><h1>Tiêu đề</h1><div><span>Thứ Hai, 22/6/2022</span><p>Nội dung bài viết.</p></div></body></html>");
    List<Post> posts = new ArrayList<>();
    CollectingQuarantine q = new CollectingQuarantine();
    ReadStats stats = Formats.readPosts(List.of(good1, empty, good2), new AuthorPseudonymiser(new byte[32]), posts::add, q);

    assertThat(stats).isEqualTo(new ReadStats(3, 2, 1, 0));
    assertThat(posts.get(1)).isEqualTo(new Post("c.html", null, null, Instant.parse("2022-06-21T17:00:00Z"),
        "Tiêu đề\nNội dung bài viết.", null, null, Engagement.NONE));
    assertThat(q.rejections()).containsExactly(new Rejection(empty.toString(), 0, null, "missing text", null));
  }

  @Test
  void pageDates() {
    assertThat(PageDates.find("Cập nhật: 14:35 22/06/2022")).isEqualTo(Instant.parse("2022-06-22T07:35:00Z"));
    assertThat(PageDates.find("Thứ Hai, 22/6/2022")).isEqualTo(Instant.parse("2022-06-21T17:00:00Z"));
    assertThat(PageDates.find("22-06-2022 | 08h05")).isEqualTo(Instant.parse("2022-06-22T01:05:00Z"));
    assertThat(PageDates.find("31/02/2022")).isNull();
    assertThat(PageDates.find("Lượt xem: 1523")).isNull();
  }
}
