package org.factdesk.publish;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factdesk.report.Html;

/**
 * The embeddable card partner sites paste: a small self-contained HTML document served at {@code
 * /embed/{slug}} for an {@code <iframe>}, and the {@code <iframe>} snippet an editor copies.
 *
 * <p>The card has inline CSS only (no external style sheet, font, image or script), every text
 * HTML-escaped, a verdict badge coloured by the verdict's position on its scale, the headline, the
 * claim, the publication date (Asia/Ho_Chi_Minh) and a link to the article that opens in a new tab
 * ({@code target="_blank" rel="noopener"}, so the partner page cannot be navigated by the article).
 * It does not track readers.
 */
public final class EmbedCard {
  /** Width and height of the iframe, CSS pixels. */
  public static final int WIDTH = 400;
  /** Height of the iframe, CSS pixels. */
  public static final int HEIGHT = 220;
  private static final ZoneId DESK_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private EmbedCard() {}

  /** The card document (UTF-8 HTML5). */
  public static String html(PublishedFactCheck fc) {
    Verdict v = fc.verdict();
    boolean vi = !"en".equals(fc.lang());
    String date = fc.datePublished().atZone(DESK_ZONE).toLocalDate()
        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT));
    String lang = fc.lang() == null || fc.lang().isBlank() ? "vi" : fc.lang();
    return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(lang) + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">"
        + "<title>" + Html.escape(fc.title()) + "</title><style>"
        + "body{margin:0;font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a}"
        + ".card{box-sizing:border-box;border:1px solid #d0d0d0;border-radius:8px;padding:12px 14px;max-width:"
        + WIDTH + "px;background:#fff}"
        + ".badge{display:inline-block;padding:2px 8px;border-radius:4px;color:#fff;font-weight:600;font-size:13px}"
        + ".title{margin:8px 0 4px;font-size:16px;font-weight:600}.title a{color:inherit;text-decoration:none}"
        + ".claim{margin:0 0 8px;color:#444}.meta{font-size:12px;color:#666}"
        + "</style></head><body><article class=\"card\">"
        + "<span class=\"badge verdict-" + cssClass(v.code()) + "\" style=\"background:" + badgeColour(v) + "\">"
        + Html.escape(v.label()) + "</span>"
        + "<h1 class=\"title\"><a href=\"" + Html.escape(fc.url()) + "\" target=\"_blank\" rel=\"noopener\">"
        + Html.escape(fc.title()) + "</a></h1>"
        + "<p class=\"claim\">" + (vi ? "Tuyên bố: " : "Claim: ") + Html.escape(fc.claimReviewed()) + "</p>"
        + "<p class=\"meta\">" + Html.escape(fc.authorName()) + " · " + date + " · <a href=\""
        + Html.escape(fc.url()) + "\" target=\"_blank\" rel=\"noopener\">" + (vi ? "Đọc bài kiểm chứng" : "Read the fact-check")
        + "</a></p></article></body></html>\n";
  }

  /**
   * The snippet an editor gives partners.
   *
   * @param embedUrl absolute URL of the card, e.g. {@code https://desk.example/embed/<slug>}
   */
  public static String iframeSnippet(String embedUrl, PublishedFactCheck fc) {
    return "<iframe src=\"" + Html.escape(embedUrl) + "\" title=\"" + Html.escape(fc.title()) + "\" width=\"" + WIDTH
        + "\" height=\"" + HEIGHT + "\" style=\"border:0;max-width:100%\" loading=\"lazy\""
        + " sandbox=\"allow-popups allow-popups-to-escape-sandbox\"></iframe>";
  }

  /**
   * Badge colour by position on the scale: worst → red, best → green, middle → amber (so any desk's
   * scale gets sensible colours without configuration).
   */
  static String badgeColour(Verdict v) {
    int span = v.bestRating() - v.worstRating();
    double pos = span == 0 ? 0.5 : (v.ratingValue() - v.worstRating()) / (double) span;
    if (pos <= 0.25) {
      return "#b3261e";
    }
    if (pos < 0.75) {
      return "#a15c00";
    }
    return "#1b6e35";
  }

  private static String cssClass(String code) {
    return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
  }
}
