package org.factdesk.narratives;

import java.util.Locale;
import java.util.Set;
import org.factdesk.model.Rating;
import org.factdesk.text.DiacriticFolder;

/**
 * Tells whether a fact-check's verdict says "false or misleading", the verdicts that can raise an
 * alert.
 *
 * <p>{@link Rating} keeps the publisher's words, so the textual verdict ({@code alternateName}) is
 * normalised here: diacritics folded, lower case ({@link Locale#ROOT}), punctuation dropped,
 * spaces collapsed. It counts as false/misleading when the whole normalised verdict is one of
 * {@link #FALSE_OR_MISLEADING} (English labels of IFCN signatories such as Snopes, PolitiFact,
 * AFP, Reuters, and Vietnamese ones such as "Sai", "Tin giả", "Gây hiểu lầm"), or when one of its
 * words is {@code false}, {@code misleading}, {@code fake} or {@code fabricated} ("Mostly false.",
 * "False context"). A numeric rating without text counts when it lies in the worst quarter of its
 * scale ({@code (value − worst) / (best − worst) ≤ 0.25}). Anything else, including null, "True",
 * "Mixture" and "Unproven", does not.
 */
public final class Verdicts {
  private Verdicts() {}

  /** Whole verdicts, normalised, that mean false or misleading. */
  public static final Set<String> FALSE_OR_MISLEADING = Set.of(
      "false", "mostly false", "misleading", "pants on fire", "fake", "incorrect", "inaccurate", "fabricated",
      "miscaptioned", "misattributed", "scam", "altered", "partly false", "missing context", "hoax",
      "sai", "sai su that", "tin gia", "gia", "gay hieu lam", "sai lech", "khong dung", "bia dat", "tin sai",
      "mot phan sai", "phan lon sai", "thieu boi canh");

  private static final Set<String> FALSE_WORDS = Set.of("false", "misleading", "fake", "fabricated");

  /** True for a false/misleading verdict; false for null, true, mixed or unknown ones. */
  public static boolean isFalseOrMisleading(Rating rating) {
    if (rating == null) {
      return false;
    }
    if (rating.alternateName() != null && !rating.alternateName().isBlank()) {
      String v = normalise(rating.alternateName());
      if (FALSE_OR_MISLEADING.contains(v)) {
        return true;
      }
      for (String w : v.split(" ")) {
        if (FALSE_WORDS.contains(w)) {
          return true;
        }
      }
      return false;
    }
    Double value = rating.ratingValue();
    Double best = rating.bestRating() == null ? 5.0 : rating.bestRating();
    Double worst = rating.worstRating() == null ? 1.0 : rating.worstRating();
    return value != null && best > worst && (value - worst) / (best - worst) <= 0.25;
  }

  static String normalise(String verdict) {
    return DiacriticFolder.fold(verdict).toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
  }
}
