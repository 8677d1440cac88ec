package org.factdesk.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Check-worthiness as a trained logistic regression's probability of the label {@code claim}
 * (Tribuo, over {@link CheckWorthinessFeatures} and hashed word/character n-grams; see {@link
 * CheckWorthinessTraining}). The decision threshold comes from the properties file beside the
 * model ({@code X.tribuo} → {@code X.properties}, key {@code threshold}; 0.5 when absent), chosen
 * on the dev split by {@code factdesk train-checkworthiness}. Thread-safe.
 */
public final class LearnedCheckWorthinessScorer implements CheckWorthinessScorer {
  /** Name in reports. */
  public static final String NAME = "learned";
  /** The bundled model (its threshold in {@code checkworthiness.properties} beside it). */
  public static final String BUNDLED = "/claims/checkworthiness.tribuo";
  /** Environment variable naming another model file to use instead of the bundled one. */
  public static final String ENV = "FACTDESK_CHECKWORTHINESS";

  private final Model<Label> model;
  private final double threshold;
  private final CheckWorthinessVectors vectors;

  /**
   * @param model a classification model with labels {@code claim} / {@code other} over the
   *     features of {@link CheckWorthinessVectors}
   * @param threshold decision threshold in [0, 1]
   * @throws IllegalArgumentException if the threshold is outside [0, 1]
   */
  public LearnedCheckWorthinessScorer(Model<Label> model, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("check-worthiness threshold must be in [0, 1], got " + threshold);
    }
    this.model = model;
    this.threshold = threshold;
    this.vectors = new CheckWorthinessVectors(CheckWorthinessFeatures.standard());
  }

  /** The model named by {@value #ENV} when set, else the bundled one. */
  public static LearnedCheckWorthinessScorer standard() throws IOException {
    String file = System.getenv(ENV);
    return file == null || file.isBlank() ? bundled() : fromFile(Path.of(file));
  }

  /**
   * The bundled model.
   *
   * @throws IllegalStateException if it is missing from the build
   */
  public static LearnedCheckWorthinessScorer bundled() {
    try (InputStream in = LearnedCheckWorthinessScorer.class.getResourceAsStream(BUNDLED);
        InputStream props = LearnedCheckWorthinessScorer.class.getResourceAsStream(
            BUNDLED.replace(".tribuo", ".properties"))) {
      if (in == null) {
        throw new IllegalStateException("check-worthiness model " + BUNDLED + " missing from the build");
      }
      return new LearnedCheckWorthinessScorer(cast(Model.deserializeFromStream(in)), props == null ? 0.5
          : threshold(new java.io.InputStreamReader(props, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read check-worthiness model " + BUNDLED, e);
    }
  }

  /**
   * A model file written by {@code factdesk train-checkworthiness}, with the threshold from
   * {@link #propertiesFor(Path)} if that file exists.
   *
   * @throws IllegalArgumentException if the file is not a Tribuo classification model
   */
  public static LearnedCheckWorthinessScorer fromFile(Path file) throws IOException {
    Model<?> m;
    try (InputStream in = Files.newInputStream(file)) {
      m = Model.deserializeFromStream(in);
    } catch (IOException e) {
      if (e instanceof java.nio.file.NoSuchFileException) {
        throw e;
      }
      throw new IllegalArgumentException("not a check-worthiness model: " + file + " (" + e.getMessage() + ")", e);
    }
    Path props = propertiesFor(file);
    double t = 0.5;
    if (Files.exists(props)) {
      try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
        t = threshold(r);
      }
    }
    return new LearnedCheckWorthinessScorer(cast(m), t);
  }

  /** The properties file beside a model: {@code x.tribuo} → {@code x.properties}. */
  public static Path propertiesFor(Path model) {
    String name = model.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".properties");
  }

  private static double threshold(Reader r) throws IOException {
    Properties p = new Properties();
    p.load(r);
    String t = p.getProperty("threshold");
    try {
      return t == null ? 0.5 : Double.parseDouble(t.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("check-worthiness threshold is not a number: " + t);
    }
  }

  @SuppressWarnings("unchecked")
  private static Model<Label> cast(Model<?> m) {
    if (!m.validate(Label.class)) {
      throw new IllegalArgumentException("check-worthiness model is not a classification model");
    }
    return (Model<Label>) m;
  }

  @Override
  public double score(String sentence) {
    Prediction<Label> p = model.predict(vectors.example(sentence, new Label(CheckWorthinessVectors.CLAIM)));
    Label claim = p.getOutputScores().get(CheckWorthinessVectors.CLAIM);
    return claim == null ? 0 : Math.max(0, Math.min(1, claim.getScore()));
  }

  @Override
  public double threshold() {
    return threshold;
  }

  @Override
  public String name() {
    return NAME;
  }
}
