package org.factdesk.claims;

import java.util.Map;
import java.util.TreeMap;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Turns a sentence into the learned scorer's input: the {@link CheckWorthinessFeatures} as
 * {@code f:<name>} plus {@link HashedNgrams}; one place, so training and scoring cannot differ.
 */
final class CheckWorthinessVectors {
  /** Label of a check-worthy sentence. */
  static final String CLAIM = "claim";
  /** Label of any other sentence. */
  static final String OTHER = "other";

  /** Always 1, so every sentence (even an empty one) has a feature the model knows. */
  static final String CONSTANT = "f:const";

  private final CheckWorthinessFeatures features;

  CheckWorthinessVectors(CheckWorthinessFeatures features) {
    this.features = features;
  }

  /** A Tribuo example for {@code sentence} (as written) with output {@code label}. */
  ArrayExample<Label> example(String sentence, Label label) {
    String scored = ClaimText.forScoring(sentence);
    Map<String, Double> all = new TreeMap<>(HashedNgrams.of(scored));
    all.put(CONSTANT, 1.0);
    double[] f = features.computeScored(scored);
    for (int i = 0; i < f.length; i++) {
      if (f[i] != 0) {
        all.put("f:" + CheckWorthinessFeatures.NAMES.get(i), f[i]);
      }
    }
    String[] names = all.keySet().toArray(new String[0]);
    double[] values = all.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new ArrayExample<>(label, names, values);
  }
}
