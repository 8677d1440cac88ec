package org.factdesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.match.PostMatches;
import org.factdesk.match.RankedMatch;
import org.factdesk.model.FactCheck;
import org.factdesk.model.Match;
import org.factdesk.text.HandleMasking;

/**
 * Writes {@code matches.jsonl}: one JSON object per post, in input order:
 *
 * <pre>{"post_id": "…", "url": …, "published_at": …, "text": "…", "band": "confident|suggested|none",
 *  "matches": [{"rank": 1, "fact_check_id": "…", "claim": "…", "title": …, "url": …,
 *               "rating": …, "score": 12.34, "confidence": 0.61, "band": "…", "retriever": "bm25"}]}</pre>
 *
 * The pseudonymised author key is deliberately not written, and {@code @handles} quoted in the text
 * are masked ({@link HandleMasking}).
 */
public final class MatchesJsonlWriter implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BufferedWriter out;

  /** @param file the file to create (replaced if present) */
  public MatchesJsonlWriter(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** Writes one post's line. */
  public void write(PostMatches pm) throws IOException {
    StringBuilderWriter buf = new StringBuilderWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(buf)) {
      g.writeStartObject();
      g.writeStringField("post_id", pm.post().id());
      g.writeStringField("source", pm.post().source());
      g.writeStringField("url", pm.post().url());
      g.writeStringField("published_at", pm.post().publishedAt() == null ? null : pm.post().publishedAt().toString());
      g.writeStringField("language", pm.post().language());
      g.writeStringField("text", HandleMasking.mask(pm.post().text()));
      g.writeStringField("band", pm.band().label());
      g.writeArrayFieldStart("matches");
      for (RankedMatch rm : pm.matches()) {
        Match m = rm.match();
        FactCheck fc = m.factCheck();
        g.writeStartObject();
        g.writeNumberField("rank", m.rank());
        g.writeStringField("fact_check_id", fc.id());
        g.writeStringField("claim", fc.claimReviewed());
        g.writeStringField("title", fc.title());
        g.writeStringField("url", fc.url());
        g.writeStringField("rating", fc.reviewRating() == null ? null : fc.reviewRating().alternateName());
        g.writeNumberField("score", round(m.score(), 4));
        g.writeNumberField("confidence", round(rm.confidence(), 4));
        g.writeStringField("band", rm.band().label());
        g.writeStringField("retriever", m.retriever());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(buf.toString());
    out.newLine();
  }

  private static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static final class StringBuilderWriter extends java.io.Writer {
    private final StringBuilder sb = new StringBuilder(512);

    @Override
    public void write(char[] cbuf, int off, int len) {
      sb.append(cbuf, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
