package org.factdesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.factdesk.narratives.Alert;
import org.factdesk.narratives.OutletReach;

/**
 * Writes {@code narratives.jsonl}: one JSON object per narrative, by id:
 *
 * <pre>{"id": "n-000001", "size": 3, "fact_check_id": "…", "fact_check_url": …, "verdict": "False",
 *  "first_seen": "2026-11-01T02:00:00Z", "last_seen": …, "counts_per_day": {"2026-11-01": 1, …},
 *  "undated": 0, "outlets": [{"outlet": "Page A", "posts": 2, "engagement": 30}], "engagement": 45,
 *  "sample_post_ids": ["p1", …], "rising": {"as_of": "2026-11-03", "observed": 2, "expected": 0.21,
 *  "p_value": 0.019, "score": 1.72}, "alerts": [{"window_start": …, "window_end": …, "score": …,
 *  "expected": …, "posts_in_window": 5}]}</pre>
 *
 * Days are local days of the run's time zone (Asia/Ho_Chi_Minh). Outlets are public pages/outlets
 * (the posts' {@code source}); authors are never written.
 */
public final class NarrativesJsonlWriter implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BufferedWriter out;

  /** @param file the file to create (replaced if present) */
  public NarrativesJsonlWriter(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /**
   * Writes one narrative's line.
   *
   * @param asOf the day the rising score refers to, or null
   */
  public void write(NarrativeEntry n, LocalDate asOf) throws IOException {
    StringWriter buf = new StringWriter(512);
    try (JsonGenerator g = JSON.getFactory().createGenerator(buf)) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeNumberField("size", n.size());
      g.writeStringField("fact_check_id", n.factCheck() == null ? null : n.factCheck().id());
      g.writeStringField("fact_check_url", n.factCheck() == null ? null : n.factCheck().url());
      g.writeStringField("verdict", n.verdict());
      g.writeStringField("first_seen", text(n.firstSeen()));
      g.writeStringField("last_seen", text(n.lastSeen()));
      g.writeObjectFieldStart("counts_per_day");
      for (Map.Entry<LocalDate, Long> e : n.daily().entrySet()) {
        g.writeNumberField(e.getKey().toString(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("undated", n.undated());
      g.writeArrayFieldStart("outlets");
      for (OutletReach o : n.outlets()) {
        g.writeStartObject();
        g.writeStringField("outlet", o.outlet());
        g.writeNumberField("posts", o.posts());
        g.writeNumberField("engagement", o.engagement());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("engagement", n.engagement());
      g.writeArrayFieldStart("sample_post_ids");
      for (String id : n.samplePostIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
      if (n.rising() == null) {
        g.writeNullField("rising");
      } else {
        g.writeObjectFieldStart("rising");
        g.writeStringField("as_of", asOf == null ? null : asOf.toString());
        g.writeNumberField("observed", n.rising().observed());
        g.writeNumberField("expected", round(n.rising().expected()));
        g.writeNumberField("p_value", n.rising().pValue());
        g.writeNumberField("score", round(n.rising().score()));
        g.writeEndObject();
      }
      g.writeArrayFieldStart("alerts");
      for (Alert a : n.alerts()) {
        g.writeStartObject();
        g.writeStringField("window_start", a.windowStart().toString());
        g.writeStringField("window_end", a.windowEnd().toString());
        g.writeNumberField("score", round(a.score()));
        g.writeNumberField("expected", round(a.expected()));
        g.writeNumberField("posts_in_window", a.postsInWindow());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(buf.toString());
    out.newLine();
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
