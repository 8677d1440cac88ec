package org.factdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleHtmlTest {
  @Test
  void rendersMarkdownWithVietnameseText() {
    assertThat(ArticleHtml.render("**Sai**: xem [Bộ Y tế](https://moh.example/tb)"))
        .isEqualTo("<p><strong>Sai</strong>: xem <a rel=\"nofollow noopener\" href=\"https://moh.example/tb\">Bộ Y tế</a></p>\n");
  }

  @Test
  void rawHtmlIsEscapedNotRendered() {
    String html = ArticleHtml.render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> <b>bold</b>");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script, img, b")).isEmpty();
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
  }

  @Test
  void javascriptAndVbscriptLinksAreNeutralised() {
    String html = ArticleHtml.render("[click](javascript:alert(1)) [x](JaVaScRiPt:alert(1)) [v](vbscript:msgbox) "
        + "![img](javascript:alert(3)) <javascript:alert(4)>");
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("a[href], img[src]").forEach(e -> {
      String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
      assertThat(url.toLowerCase(java.util.Locale.ROOT)).doesNotContain("javascript").doesNotContain("vbscript");
    });
    assertThat(doc.select("a")).isNotEmpty();
  }

  @Test
  void attributeInjectionThroughALinkTitleIsEscaped() {
    String html = ArticleHtml.render("[a](https://x.example/\"onmouseover=\"alert(1) \"t\\\" onclick=alert(2)\")");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("[onmouseover], [onclick]")).isEmpty();
  }

  @Test
  void blankIsEmpty() {
    assertThat(ArticleHtml.render(null)).isEmpty();
    assertThat(ArticleHtml.render("  \n")).isEmpty();
  }
}
