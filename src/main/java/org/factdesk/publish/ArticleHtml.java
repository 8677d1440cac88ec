package org.factdesk.publish;

import java.util.Map;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a fact-check body from CommonMark Markdown to an HTML fragment that is safe to put in a page.
 *
 * <p>Raw HTML in the Markdown (blocks and inline tags) is escaped and shown as text ({@code
 * escapeHtml(true)}), and link/image URLs with a scheme other than http, https, mailto and data
 * (e.g. {@code javascript:}, {@code vbscript:}) are emptied ({@code sanitizeUrls(true)}) — see the
 * commonmark-java {@code HtmlRenderer.Builder} documentation. Links get {@code rel="nofollow
 * noopener"}. Thread-safe; one shared instance suffices.
 *
 * <p>Example: {@code "**Sai**: xem [Bộ Y tế](https://moh.example)"} → {@code <p><strong>Sai</strong>:
 * xem <a rel="nofollow noopener" href="https://moh.example">Bộ Y tế</a></p>}.
 */
public final class ArticleHtml {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .attributeProviderFactory(context -> ArticleHtml::linkAttributes)
      .build();

  private ArticleHtml() {}

  /** The HTML fragment for {@code markdown}; null or blank gives the empty string. */
  public static String render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown));
  }

  private static void linkAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Link) {
      attributes.put("rel", "nofollow noopener");
    } else if (node instanceof Image) {
      attributes.put("loading", "lazy");
    }
  }
}
