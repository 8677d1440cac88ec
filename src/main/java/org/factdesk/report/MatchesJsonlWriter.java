package org.factdesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.claims.Claim;
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
 *               "rating": …, "score": 12.34, "confidence": 0.61, "band": "…", "retriever": "bm25"}],
 *  "claims": [{"start": 0, "end": 42, "text": "…", "score": 0.91, "check_worthy": true,
 *              "fact_check_id": "…", "match_score": 9.1, "confidence": 0.55, "band": "…"}]}</pre>
 *
 * {@code claims} (written when the caller gives them) are the post's sentences with their
 * check-worthiness; {@code start}/{@code end} index the {@code text} field as written (handles
 * already masked), so {@code text.substring(start, end)} is the claim. The match fields are present
 * only for a claim that was matched on its own ({@link ClaimMatch#best()}).
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

  /** Writes one post's line without claims. */
  public void write(PostMatches pm) throws IOException {
    write(pm, null);
  }

  /**
   * Writes one post's line.
   *
   * @param claims the post's claims (offsets into the masked text), or null to leave the field out
   */
  public void write(PostMatches pm, List<ClaimMatch> claims) throws IOException {
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
      if (claims != null) {
        g.writeArrayFieldStart("claims");
        for (ClaimMatch cm : claims) {
          Claim c = cm.claim();
          g.writeStartObject();
          g.writeNumberField("start", c.start());
          g.writeNumberField("end", c.end());
          g.writeStringField("text", c.text());
          g.writeNumberField("score", round(c.score(), 4));
          g.writeBooleanField("check_worthy", c.checkWorthy());
          if (cm.best() != null) {
            g.writeStringField("fact_check_id", cm.best().match().factCheck().id());
            g.writeNumberField("match_score", round(cm.best().match().score(), 4));
            g.writeNumberField("confidence", round(cm.best().confidence(), 4));
            g.writeStringField("band", cm.best().band().label());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
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
