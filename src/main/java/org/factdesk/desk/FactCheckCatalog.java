package org.factdesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.index.IndexField;
import org.factdesk.index.SearchHit;
import org.factdesk.index.SearchResult;
import org.factdesk.model.FactCheck;
import org.factdesk.text.DiacriticFolder;

/**
 * The ingested fact-checks (the data directory's fact-check index) as the workbench sees them:
 * look-up by id for suggested matches, and search with language and verdict filters. Empty when the
 * data directory has no index yet.
 */
public final class FactCheckCatalog {
  private final FactCheckIndex index;
  private final Map<IndexField, Float> boosts;

  /**
   * @param index the open fact-check index, or null when there is none
   * @param boosts field weights (the matching settings')
   */
  public FactCheckCatalog(FactCheckIndex index, Map<IndexField, Float> boosts) {
    this.index = index;
    this.boosts = Map.copyOf(boosts);
  }

  /** A search hit with its normalised score in [0, 1]. */
  public record Hit(FactCheck factCheck, double score) {}

  /** The fact-check with {@code id}, if indexed. */
  public Optional<FactCheck> get(String id) {
    if (index == null) {
      return Optional.empty();
    }
    try {
      return index.backend().get(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Full-text search with the matching analysis and field weights. Diacritic-insensitive: the query
   * is run once in its identified language and once as Vietnamese (which adds the folded field), and
   * each fact-check keeps its better normalised score; ties by id.
   *
   * @param language {@code vi}/{@code en} to keep only reviews in that language, or null
   * @param verdict text the verdict must contain, ignoring case and diacritics (e.g. "false", "sai"), or null
   * @param k at most this many hits
   */
  public List<Hit> search(String text, String language, String verdict, int k) {
    if (index == null || text == null || text.isBlank()) {
      return List.of();
    }
    try {
      int depth = Math.max(k * 5, 50);
      Map<String, Hit> best = new java.util.HashMap<>();
      for (String lang : new String[] {null, "vi"}) {
        SearchResult r = index.search(text, lang, boosts, depth);
        for (SearchHit h : r.hits()) {
          double s = r.normalized(h);
          best.merge(h.id(), new Hit(h.factCheck(), s), (a, b) -> a.score() >= b.score() ? a : b);
        }
      }
      List<Hit> ranked = new ArrayList<>(best.values());
      ranked.sort(java.util.Comparator.comparingDouble(Hit::score).reversed()
          .thenComparing(h -> h.factCheck().id()));
      List<Hit> out = new ArrayList<>();
      String v = verdict == null || verdict.isBlank() ? null : fold(verdict);
      for (Hit h : ranked) {
        FactCheck fc = h.factCheck();
        if (language != null && fc.inLanguage() != null && !fc.inLanguage().toLowerCase(Locale.ROOT).startsWith(language)) {
          continue;
        }
        if (v != null && (fc.reviewRating() == null || fc.reviewRating().alternateName() == null
            || !fold(fc.reviewRating().alternateName()).contains(v))) {
          continue;
        }
        out.add(h);
        if (out.size() == k) {
          break;
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fold(String s) {
    return DiacriticFolder.fold(s).toLowerCase(Locale.ROOT);
  }
}
