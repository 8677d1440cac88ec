package org.factdesk.claims;

/**
 * The interpretable baseline of issue #6: a sentence is check-worthy (score 1) when it has a
 * number (digits, {@code %} or a number word) or a named-entity-like word, and no question mark,
 * interrogative, opinion or complaint cue; otherwise it scores 0. Threshold 0.5. Thread-safe.
 */
public final class RuleBaselineScorer implements CheckWorthinessScorer {
  /** Name in reports. */
  public static final String NAME = "baseline-rules";
  private static final int[] FACTUAL = indices("digits", "percent", "number_word", "entities");
  private static final int[] EXCLUDED = indices("question_mark", "interrogative", "opinion", "complaint");
  private final CheckWorthinessFeatures features;

  public RuleBaselineScorer(CheckWorthinessFeatures features) {
    this.features = features;
  }

  @Override
  public double score(String sentence) {
    double[] f = features.compute(sentence);
    return any(f, FACTUAL) && !any(f, EXCLUDED) ? 1 : 0;
  }

  private static boolean any(double[] f, int[] at) {
    for (int i : at) {
      if (f[i] > 0) {
        return true;
      }
    }
    return false;
  }

  private static int[] indices(String... names) {
    int[] out = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = CheckWorthinessFeatures.NAMES.indexOf(names[i]);
      if (out[i] < 0) {
        throw new IllegalStateException("no feature " + names[i]);
      }
    }
    return out;
  }

  @Override
  public double threshold() {
    return 0.5;
  }

  @Override
  public String name() {
    return NAME;
  }
}
