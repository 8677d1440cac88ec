package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RetrievalMetricsPropertiesTest {

  /** Qrels and run over a small doc universe so that hits are common. */
  record Case(Map<String, Set<String>> relevant, Map<String, List<String>> run) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> doc = Arbitraries.integers().between(0, 14).map(i -> "d" + i);
    Arbitrary<Set<String>> rel = doc.set().ofMinSize(0).ofMaxSize(4);
    Arbitrary<List<String>> ranked = doc.list().uniqueElements().ofMaxSize(15);
    Arbitrary<Map<String, Set<String>>> qrels =
        Arbitraries.maps(Arbitraries.integers().between(0, 5).map(i -> "q" + i), rel)
            .ofMinSize(1).ofMaxSize(6).map(LinkedHashMap::new);
    Arbitrary<Map<String, List<String>>> run =
        Arbitraries.maps(Arbitraries.integers().between(0, 7).map(i -> "q" + i), ranked)
            .ofMaxSize(8);
    return Combinators.combine(qrels, run).as(Case::new);
  }

  @Property
  void everyMetricIsBetweenZeroAndOne(@ForAll("cases") Case c) {
    MetricReport r = RetrievalMetrics.evaluate(c.run(), Qrels.of(c.relevant()));
    assertThat(r.metrics().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    assertThat(r.apAt5().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
  }

  /**
   * A run listing every relevant doc first scores 1 on MAP@all, MRR and P@1, and on MAP@k and R@k
   * once k ≥ the largest relevant set. It does not score 1 on MAP@k for smaller k: the official
   * denominator is the number of relevant docs.
   */
  @Property
  void perfectRunScoresOne(@ForAll("cases") Case c) {
    Map<String, Set<String>> nonEmpty = new LinkedHashMap<>();
    c.relevant().forEach((q, rel) -> nonEmpty.put(q, rel.isEmpty() ? Set.of("only-" + q) : rel));
    Map<String, List<String>> perfect = new LinkedHashMap<>();
    nonEmpty.forEach((q, rel) -> {
      List<String> ranked = new ArrayList<>(rel);
      ranked.add("not-relevant");
      perfect.put(q, ranked);
    });
    MetricReport r = RetrievalMetrics.evaluate(perfect, Qrels.of(nonEmpty));
    for (String m : List.of("MAP@all", "MAP@5", "MAP@10", "MAP@20", "MRR", "P@1", "R@5", "R@10")) {
      assertThat(r.get(m)).as(m).isCloseTo(1.0, within(1e-12));
    }
  }

  /** True for the official definition: the numerator only grows with k, |Rel| stays fixed. */
  @Property
  void mapIsNonDecreasingInK(@ForAll("cases") Case c) {
    MetricReport r = RetrievalMetrics.evaluate(c.run(), Qrels.of(c.relevant()));
    double previous = 0.0;
    for (int k : RetrievalMetrics.MAP_DEPTHS) {
      double v = r.get(RetrievalMetrics.mapName(k));
      assertThat(v).as(RetrievalMetrics.mapName(k)).isGreaterThanOrEqualTo(previous);
      previous = v;
    }
  }

  @Property
  void shufflingNonRelevantDocsBelowTheLastRelevantKeepsAp(
      @ForAll("cases") Case c, @ForAll long seed) {
    Random random = new Random(seed);
    for (Map.Entry<String, Set<String>> e : c.relevant().entrySet()) {
      List<String> ranked = c.run().getOrDefault(e.getKey(), List.of());
      Set<String> rel = e.getValue();
      int last = -1;
      for (int i = 0; i < ranked.size(); i++) {
        if (rel.contains(ranked.get(i))) {
          last = i;
        }
      }
      List<String> shuffled = new ArrayList<>(ranked);
      Collections.shuffle(shuffled.subList(last + 1, shuffled.size()), random);
      for (int k : RetrievalMetrics.MAP_DEPTHS) {
        assertThat(RetrievalMetrics.averagePrecision(shuffled, rel, k))
            .isEqualTo(RetrievalMetrics.averagePrecision(ranked, rel, k));
      }
    }
  }

  @Property
  void runQueriesOutsideTheQrelsAreIgnored(@ForAll("cases") Case c) {
    Qrels qrels = Qrels.of(c.relevant());
    Map<String, List<String>> extra = new LinkedHashMap<>(c.run());
    extra.put("not-in-qrels", List.of("d1", "d2"));
    assertThat(RetrievalMetrics.evaluate(extra, qrels).metrics())
        .isEqualTo(RetrievalMetrics.evaluate(c.run(), qrels).metrics());
  }

  @Property
  void queryOrderDoesNotMatter(@ForAll("cases") Case c) {
    Map<String, Set<String>> reversed = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(new LinkedHashSet<>(c.relevant().keySet()));
    Collections.reverse(keys);
    keys.forEach(k -> reversed.put(k, c.relevant().get(k)));
    Map<String, Double> a = RetrievalMetrics.evaluate(c.run(), Qrels.of(c.relevant())).metrics();
    Map<String, Double> b = RetrievalMetrics.evaluate(c.run(), Qrels.of(reversed)).metrics();
    a.forEach((m, v) -> assertThat(b.get(m)).as(m).isCloseTo(v, within(1e-12)));
  }
}
