package org.factdesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.publish.Verdict;
import org.factdesk.store.Database;

/**
 * The desk's rating scale, versioned in {@code desk/rating-scale.json} (code, Vietnamese and English
 * labels, ratingValue on a worst..best scale) and mirrored into the {@code verdicts} table at start-up
 * ({@link #sync}). Labels become ClaimReview {@code reviewRating.alternateName}.
 *
 * <p>Example: {@code false} ↔ "Sai" / "False", ratingValue 1 of 1..5.
 */
public final class RatingScale {
  /** The bundled scale resource. */
  public static final String RESOURCE = "/desk/rating-scale.json";

  /** One step of the scale. */
  public record Step(String code, String labelVi, String labelEn, int ratingValue, int worst, int best) {
    /** The label in {@code lang} ({@code en}, otherwise Vietnamese). */
    public String label(String lang) {
      return "en".equals(lang) ? labelEn : labelVi;
    }

    /** As the publish read model, labelled in {@code lang}. */
    public Verdict verdict(String lang) {
      return new Verdict(code, label(lang), ratingValue, worst, best);
    }
  }

  private final List<Step> steps;

  public RatingScale(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * Reads the bundled scale.
   *
   * @throws IllegalStateException if the resource is missing or a step is malformed (names the step)
   */
  public static RatingScale bundled() {
    try (InputStream in = RatingScale.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("rating scale missing from the build: " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      int worst = root.path("worst").asInt(1);
      int best = root.path("best").asInt(5);
      List<Step> steps = new ArrayList<>();
      for (JsonNode v : root.path("verdicts")) {
        String code = v.path("code").asText("");
        int value = v.path("rating_value").asInt(Integer.MIN_VALUE);
        if (code.isBlank() || v.path("label_vi").asText("").isBlank() || v.path("label_en").asText("").isBlank()
            || value < worst || value > best) {
          throw new IllegalStateException(RESOURCE + ": verdict '" + code + "' needs code, label_vi, label_en and "
              + "rating_value in [" + worst + ", " + best + "]");
        }
        steps.add(new Step(code, v.get("label_vi").asText(), v.get("label_en").asText(), value, worst, best));
      }
      return new RatingScale(steps);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Steps in scale order. */
  public List<Step> steps() {
    return steps;
  }

  /** The step with {@code code}. */
  public Optional<Step> find(String code) {
    return steps.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Inserts or updates every step in the {@code verdicts} table (codes are never deleted: revisions refer to them). */
  public void sync(Database db) {
    db.jdbi().useTransaction(h -> {
      int order = 0;
      for (Step s : steps) {
        int n = h.createUpdate("UPDATE verdicts SET label_vi = :vi, label_en = :en, rating_value = :v, worst = :w, "
                + "best = :b, sort_order = :o WHERE code = :c")
            .bind("vi", s.labelVi()).bind("en", s.labelEn()).bind("v", s.ratingValue()).bind("w", s.worst())
            .bind("b", s.best()).bind("o", order).bind("c", s.code()).execute();
        if (n == 0) {
          h.createUpdate("INSERT INTO verdicts (code, label_vi, label_en, rating_value, worst, best, sort_order) "
                  + "VALUES (:c, :vi, :en, :v, :w, :b, :o)")
              .bind("vi", s.labelVi()).bind("en", s.labelEn()).bind("v", s.ratingValue()).bind("w", s.worst())
              .bind("b", s.best()).bind("o", order).bind("c", s.code()).execute();
        }
        order++;
      }
    });
  }
}
