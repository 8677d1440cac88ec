package org.factdesk.web.portal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The article body as HTML, rendered safely from CommonMark: raw HTML in the Markdown is escaped
 * (shown as text, never run) and link/image URLs with unsafe schemes ({@code javascript:},
 * {@code data:} …) are emptied ({@code HtmlRenderer.escapeHtml(true)}, {@code sanitizeUrls(true)}).
 *
 * <p>Stands in for {@code publish.ArticleHtml} (built on another branch); at merge, {@link #render}
 * becomes a call to it, or the portal is given {@code ArticleHtml::render} directly.
 */
public final class ArticleMarkdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private ArticleMarkdown() {}

  /** HTML of {@code markdown} (null or empty: empty). */
  public static String render(String markdown) {
    return markdown == null || markdown.isEmpty() ? "" : RENDERER.render(PARSER.parse(markdown));
  }
}
