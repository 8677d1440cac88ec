package org.factdesk.report;

import static org.factdesk.report.Html.escape;

import java.util.List;
import java.util.Locale;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Post;
import org.factdesk.narratives.Alert;
import org.factdesk.narratives.OutletReach;

/**
 * The report's "Narratives" and "Alerts" sections: top narratives by volume and by rising score,
 * each with its fact-check and verdict, a timeline chart ({@link TimelineChart}, embedded as a
 * {@code data:} URI), up to three sample posts (handles masked, escaped) and its top outlets.
 */
final class NarrativesHtml {
  private static final int OUTLETS = 5;

  private NarrativesHtml() {}

  static void render(StringBuilder h, NarrativeSection s) {
    h.append("<h2>Narratives</h2>\n<p>").append(s.narratives()).append(" narratives (posts saying the same thing); ")
        .append(s.multiPost()).append(" have two posts or more.");
    if (s.asOf() != null) {
      h.append(" Rising scores compare ").append(escape(s.asOf()))
          .append(" (the latest day with posts) with the days before it: −log10 p of a one-sided Poisson test.");
    } else {
      h.append(" No post has a date: no timelines, no rising scores.");
    }
    h.append("</p>\n");
    h.append("<h3>Top narratives by volume</h3>\n");
    list(h, s.byVolume(), "no narrative has two posts or more");
    h.append("<h3>Top narratives by rising score</h3>\n");
    list(h, s.byRising(), s.asOf() == null ? "no dates" : "no narrative with two posts or more is rising");

    h.append("<h2>Alerts</h2>\n");
    if (s.alerts().isEmpty()) {
      h.append("<p class=\"none\">No narrative already rated false/misleading is rising.</p>\n");
    } else {
      h.append("<ul>\n");
      for (Alert a : s.alerts()) {
        h.append("<li><span class=\"alert\">").append(escape(a.narrativeId())).append("</span> rated <b>")
            .append(escape(a.verdict())).append("</b> (").append(escape(a.factCheckId())).append(") is rising: ")
            .append(a.postsInWindow()).append(" posts from ").append(escape(a.windowStart().toString())).append(" to ")
            .append(escape(a.windowEnd().toString())).append(String.format(Locale.ROOT, ", %.2f expected, score %.2f",
                a.expected(), a.score()));
        if (!a.topOutlets().isEmpty()) {
          h.append("; outlets: ");
          outlets(h, a.topOutlets());
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static void list(StringBuilder h, List<NarrativeEntry> entries, String empty) {
    if (entries.isEmpty()) {
      h.append("<p class=\"none\">").append(escape(empty)).append(".</p>\n");
      return;
    }
    for (NarrativeEntry e : entries) {
      h.append("<section class=\"nar\"><h4>").append(escape(e.id())).append(" · ").append(e.size()).append(" posts");
      if (e.engagement() > 0) {
        h.append(" · engagement ").append(e.engagement());
      }
      if (e.rising() != null) {
        h.append(String.format(Locale.ROOT, " · rising %.2f", e.rising().score()));
      }
      h.append("</h4>\n<p>");
      FactCheck fc = e.factCheck();
      if (fc == null) {
        h.append("No confident fact-check match.");
      } else {
        h.append("Fact-check: ").append(Html.link(fc.url(), fc.headline()));
        if (e.verdict() != null) {
          h.append(" — verdict <b>").append(escape(e.verdict())).append("</b>");
        }
      }
      if (!e.alerts().isEmpty()) {
        h.append(" <span class=\"alert\">Alert: rated false/misleading and rising.</span>");
      }
      h.append("</p>\n");
      if (e.daily().isEmpty()) {
        h.append("<p class=\"none\">Timeline: no dates.</p>\n");
      } else {
        h.append("<p><img src=\"").append(TimelineChart.dataUri(e.daily())).append("\" width=\"")
            .append(TimelineChart.WIDTH).append("\" height=\"").append(TimelineChart.HEIGHT)
            .append("\" alt=\"posts per day, ").append(escape(e.daily().firstKey().toString())).append(" to ")
            .append(escape(e.daily().lastKey().toString())).append("\">");
        if (e.undated() > 0) {
          h.append(" <span class=\"none\">(").append(e.undated()).append(" undated)</span>");
        }
        h.append("</p>\n");
      }
      if (!e.outlets().isEmpty()) {
        h.append("<p>Outlets: ");
        outlets(h, e.outlets().subList(0, Math.min(OUTLETS, e.outlets().size())));
        h.append("</p>\n");
      }
      for (Post p : e.samplePosts()) {
        h.append("<div class=\"post\">");
        HtmlReport.post(h, p);
        h.append("</div>\n");
      }
      h.append("</section>\n");
    }
  }

  private static void outlets(StringBuilder h, List<OutletReach> outlets) {
    for (int i = 0; i < outlets.size(); i++) {
      OutletReach o = outlets.get(i);
      h.append(i == 0 ? "" : ", ").append(escape(o.outlet())).append(" (").append(o.posts()).append(o.posts() == 1 ? " post" : " posts");
      if (o.engagement() > 0) {
        h.append(", engagement ").append(o.engagement());
      }
      h.append(")");
    }
  }
}
