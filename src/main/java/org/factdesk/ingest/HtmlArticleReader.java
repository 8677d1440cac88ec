package org.factdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one HTML news article page per file ({@code .html}/{@code .htm}) as one post, with the
 * boilerplate (menus, sidebars, search boxes, counters, footers) removed by {@link
 * ArticleExtractor}.
 *
 * <p>Mapping: id = url = {@code link rel=canonical}, else {@code og:url} (id falls back to the file
 * name); title = {@code og:title}, else the first {@code h1}, else {@code title}; publishedAt =
 * {@code article:published_time} (Open Graph), else {@code <time datetime>} (ISO-8601), else the
 * first printed date after the headline ({@code 22/06/2022 14:35}, {@code Thứ Hai, 22/6/2022}, in
 * Asia/Ho_Chi_Minh, see {@link PageDates}); text = title + "\n" + body paragraphs joined by
 * "\n"; source = {@code og:site_name}; language = {@code <html lang>}. The closing author byline is
 * dropped, never stored.
 *
 * <p>The charset comes from the BOM or {@code <meta charset>}, else UTF-8. Rejected: a page with
 * neither title nor body ({@code missing text}). A page with a title but no body paragraphs is kept
 * with a warning.
 */
public final class HtmlArticleReader implements RecordReader<Post> {

  @Override
  public ReadStats read(Path file, Consumer<? super Post> sink, Quarantine quarantine) throws IOException {
    String name = file.toString();
    ReadStats.Counter counter = new ReadStats.Counter();
    Document page;
    try (InputStream in = Files.newInputStream(file)) {
      page = Jsoup.parse(in, null, ""); // null: charset from BOM/meta, else UTF-8
    }
    ArticleExtractor.Article a = ArticleExtractor.extract(page);
    String title = a.title() == null ? "" : a.title();
    String text = title.isEmpty() || a.body().isEmpty() ? title + a.body() : title + "\n" + a.body();
    if (text.isEmpty()) {
      quarantine.reject(new Rejection(name, 0, null, "missing text", null));
      counter.rejected();
      return counter.snapshot();
    }
    if (a.body().isEmpty()) {
      quarantine.warn(name, 0, "no article body found; kept the title only");
      counter.warned();
    }
    String id = a.url() != null ? a.url() : String.valueOf(file.getFileName());
    sink.accept(new Post(id, a.siteName(), a.url(), a.publishedAt(), text, a.language(), null, Engagement.NONE));
    counter.accepted();
    return counter.snapshot();
  }
}
