package org.factdesk.report;

import static org.factdesk.report.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.match.ConfidenceBand;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;

/**
 * Writes the main job's {@code report.html}: a self-contained page (inline CSS, no scripts) with the
 * run's counts, the fact-checks matched most often with their matching posts, and posts with no
 * match. All input text is escaped.
 */
public final class HtmlReport {
  private static final int TOP_FACT_CHECKS = 50;
  private static final int TEXT_CHARS = 400;

  private HtmlReport() {}

  /** Renders the report to a string. */
  public static String render(RunReport r) {
    MatchTally t = r.tally();
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(escape(r.language())).append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>factdesk report</title><style>")
        .append("body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}")
        .append(".n{text-align:right}.confident{color:#1a7f37;font-weight:600}.suggested{color:#9a6700}.none{color:#777}")
        .append("section.fc{border-top:1px solid #ddd;margin-top:1.5rem}.post{margin:.3rem 0 .3rem 1rem}")
        .append("section.nar{border-top:1px solid #ddd;margin-top:1rem}.alert{color:#b42318;font-weight:600}")
        .append("</style></head><body>\n");
    h.append("<h1>factdesk report</h1>\n<p>Run started ")
        .append(escape(r.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()))
        .append(", took ").append(String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0)).append(" s. Matcher: ")
        .append(escape(r.matcher())).append(".</p>\n");

    h.append("<h2>Counts</h2>\n<table>\n<tr><th></th><th>read</th><th>accepted</th><th>rejected</th><th>warnings</th></tr>\n");
    statsRow(h, "fact-checks", r.factChecks());
    statsRow(h, "posts", r.posts());
    h.append("</table>\n<p>").append(r.indexSize()).append(" fact-checks in the index.</p>\n");
    h.append("<table>\n<tr><th>band of the best match</th><th>posts</th><th>share</th></tr>\n");
    for (ConfidenceBand b : ConfidenceBand.values()) {
      long c = t.count(b);
      h.append("<tr><td class=\"").append(b.label()).append("\">").append(b.label()).append("</td><td class=\"n\">")
          .append(c).append("</td><td class=\"n\">").append(percent(c, t.posts())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    List<MatchTally.FactCheckTally> top = t.topFactChecks(TOP_FACT_CHECKS);
    h.append("<h2>Fact-checks matched most often</h2>\n<p>").append(t.matchedFactChecks())
        .append(" fact-checks were the best match of at least one post");
    if (t.matchedFactChecks() > top.size()) {
      h.append("; the top ").append(top.size()).append(" are shown");
    }
    h.append(".</p>\n");
    for (MatchTally.FactCheckTally ft : top) {
      FactCheck fc = ft.factCheck();
      h.append("<section class=\"fc\"><h3>").append(Html.link(fc.url(), fc.headline())).append("</h3>\n<p>");
      if (fc.title() != null && !fc.title().equals(fc.headline())) {
        h.append(escape(fc.title())).append("<br>");
      }
      if (fc.reviewRating() != null && fc.reviewRating().alternateName() != null) {
        h.append("Verdict: <b>").append(escape(fc.reviewRating().alternateName())).append("</b>. ");
      }
      h.append("Id ").append(escape(fc.id())).append(". ").append(ft.posts()).append(" posts (")
          .append(ft.confident()).append(" confident, ").append(ft.suggested()).append(" suggested)");
      if (ft.engagement() > 0) {
        h.append(", public engagement ").append(ft.engagement());
      }
      h.append(".</p>\n");
      for (MatchTally.RankedPost rp : ft.samples()) {
        h.append("<div class=\"post\"><span class=\"").append(rp.band().label()).append("\">")
            .append(rp.band().label()).append(String.format(Locale.ROOT, " %.2f", rp.confidence())).append("</span> ");
        post(h, rp.post());
        h.append("</div>\n");
      }
      if (ft.posts() > ft.samples().size()) {
        h.append("<div class=\"post none\">… and ").append(ft.posts() - ft.samples().size()).append(" more</div>\n");
      }
      h.append("</section>\n");
    }

    NarrativesHtml.render(h, r.narratives());

    List<Post> unmatched = t.unmatchedSamples();
    h.append("<h2>Posts with no match</h2>\n<p>").append(t.count(ConfidenceBand.NONE))
        .append(" posts had no match above the suggestion threshold");
    if (t.count(ConfidenceBand.NONE) > unmatched.size()) {
      h.append("; the first ").append(unmatched.size()).append(" are shown");
    }
    h.append(".</p>\n");
    for (Post p : unmatched) {
      h.append("<div class=\"post\">");
      post(h, p);
      h.append("</div>\n");
    }
    h.append("<p class=\"none\">Generated by factdesk. Author handles are pseudonymised at ingest; @handles quoted in post text are masked.</p>\n</body></html>\n");
    return h.toString();
  }

  /** Renders and writes the report (UTF-8). */
  public static void write(RunReport report, Path file) throws IOException {
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  private static void statsRow(StringBuilder h, String what, org.factdesk.ingest.ReadStats s) {
    h.append("<tr><td>").append(what).append("</td><td class=\"n\">").append(s.read()).append("</td><td class=\"n\">")
        .append(s.accepted()).append("</td><td class=\"n\">").append(s.rejected()).append("</td><td class=\"n\">")
        .append(s.warnings()).append("</td></tr>\n");
  }

  static void post(StringBuilder h, Post p) {
    String masked = org.factdesk.text.HandleMasking.mask(p.text());
    String text = masked.length() > TEXT_CHARS ? masked.substring(0, TEXT_CHARS) + "…" : masked;
    h.append("<b>").append(Html.link(p.url(), p.id())).append("</b>");
    if (p.source() != null) {
      h.append(" · ").append(escape(p.source()));
    }
    if (p.publishedAt() != null) {
      h.append(" · ").append(escape(p.publishedAt().toString()));
    }
    h.append(": ").append(escape(text));
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
