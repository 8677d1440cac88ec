package org.factdesk.claims;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.factdesk.text.DiacriticFolder;
import org.factdesk.text.VietnameseNormalizer;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the check-worthiness model: logistic regression (Tribuo {@link LinearSGDTrainer}, log
 * loss, AdaGrad η = 0.1, {@value #EPOCHS} epochs, batch 1, seeded) over {@link
 * CheckWorthinessFeatures} and hashed n-grams.
 *
 * <p>Two choices made here, not by the caller:
 *
 * <ul>
 *   <li>every Vietnamese sentence is also added lower-cased with punctuation removed (as
 *       vietnamese-news-dataset-v2 statements and many posts are typed), and that copy once more
 *       without diacritics ({@code "vac xin gay vo sinh"}), with the same label, so case,
 *       punctuation and accents alone do not decide the class;
 *   <li>examples are weighted so that each (language, label) cell carries the same total weight:
 *       positives outnumber the hand-written negatives several times over, and English tweets
 *       outnumber Vietnamese sentences.
 * </ul>
 *
 * Same data in the same order and the same seed give the same model.
 */
public final class CheckWorthinessTraining {
  /** Passes over the data. */
  static final int EPOCHS = 10;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\s]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final long seed;
  private final CheckWorthinessVectors vectors = new CheckWorthinessVectors(CheckWorthinessFeatures.standard());
  private final List<LabelledSentence> sentences = new ArrayList<>();

  /** @param seed seed of the trainer's shuffling */
  public CheckWorthinessTraining(long seed) {
    this.seed = seed;
  }

  /** Adds a training sentence (and, for Vietnamese, its unpunctuated and unaccented copies). */
  public void add(LabelledSentence s) {
    sentences.add(s);
    if (s.language().equals("vi")) {
      String plain = unpunctuated(s.text());
      String folded = DiacriticFolder.fold(plain);
      if (!plain.isEmpty() && !plain.equals(s.text())) {
        sentences.add(new LabelledSentence(s.id() + "#plain", plain, s.language(), s.source(), s.checkWorthy()));
      }
      if (!folded.isEmpty() && !folded.equals(plain)) {
        sentences.add(new LabelledSentence(s.id() + "#folded", folded, s.language(), s.source(), s.checkWorthy()));
      }
    }
  }

  /** Lower-cased, every run of characters other than letters, marks, digits and spaces → one space. */
  static String unpunctuated(String text) {
    String s = NON_WORD.matcher(VietnameseNormalizer.lowercase(ClaimText.forScoring(text))).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** {examples including copies, check-worthy examples}. */
  public int[] counts() {
    int pos = (int) sentences.stream().filter(LabelledSentence::checkWorthy).count();
    return new int[] {sentences.size(), pos};
  }

  /**
   * Trains on everything added.
   *
   * @throws IllegalStateException without both labels
   */
  public Model<Label> train() {
    int[] c = counts();
    if (c[1] == 0 || c[1] == c[0]) {
      throw new IllegalStateException("need check-worthy and other sentences to train, got " + c[1] + " of " + c[0]);
    }
    Map<String, Integer> cells = new HashMap<>();
    for (LabelledSentence s : sentences) {
      cells.merge(cell(s), 1, Integer::sum);
    }
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("factdesk check-worthiness", factory),
        factory);
    for (LabelledSentence s : sentences) {
      ArrayExample<Label> ex = vectors.example(s.text(),
          new Label(s.checkWorthy() ? CheckWorthinessVectors.CLAIM : CheckWorthinessVectors.OTHER));
      ex.setWeight((float) (sentences.size() / (double) (cells.size() * cells.get(cell(s)))));
      data.add(ex);
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, -1, 1, seed);
    return trainer.train(data);
  }

  private static String cell(LabelledSentence s) {
    return s.language() + "/" + s.checkWorthy();
  }

  /**
   * Writes the model (Tribuo protobuf) and its properties file ({@link
   * LearnedCheckWorthinessScorer#propertiesFor}: {@code threshold} plus any notes), creating
   * parent directories.
   *
   * @param properties key → value, written sorted as {@code key=value} lines (values on one line)
   */
  public static void write(Model<Label> model, Path out, Map<String, String> properties) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    model.serializeToFile(out);
    try (Writer w = Files.newBufferedWriter(LearnedCheckWorthinessScorer.propertiesFor(out), StandardCharsets.UTF_8)) {
      w.write("# factdesk check-worthiness model " + out.getFileName() + " (written by factdesk train-checkworthiness)\n");
      for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
        w.write(e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("\n", " ") + "\n");
      }
    }
  }
}
