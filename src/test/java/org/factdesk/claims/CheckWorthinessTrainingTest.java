package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** The training pipeline on a tiny synthetic set: separable, repeatable, written and read back. */
class CheckWorthinessTrainingTest {
  @TempDir Path tmp;

  static List<LabelledSentence> synthetic() {
    String[] places = {"Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang"};
    String[] cities = {"Chicago", "Boston", "Denver", "Seattle", "Austin", "Miami"};
    List<LabelledSentence> out = new ArrayList<>();
    for (int i = 0; i < places.length; i++) {
      out.add(new LabelledSentence("vi+" + i, "Theo Bộ Y tế, " + places[i] + " có " + (10 + i) + " ca nhiễm mới.", "vi",
          "synthetic", true));
      out.add(new LabelledSentence("vi-" + i, "Tôi nghĩ " + places[i].toLowerCase(java.util.Locale.ROOT)
          + " đẹp quá, mọi người thấy sao?", "vi", "synthetic", false));
      out.add(new LabelledSentence("en+" + i, "According to the CDC, " + cities[i] + " reported " + (20 + i)
          + " deaths this week.", "en", "synthetic", true));
      out.add(new LabelledSentence("en-" + i, "I think this song is so good, who else loves it?", "en", "synthetic",
          false));
    }
    return out;
  }

  private static double[] scores(Model<Label> model, String... sentences) {
    LearnedCheckWorthinessScorer s = new LearnedCheckWorthinessScorer(model, 0.5);
    double[] out = new double[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      out[i] = s.score(sentences[i]);
    }
    return out;
  }

  private static Model<Label> train(long seed) {
    CheckWorthinessTraining t = new CheckWorthinessTraining(seed);
    synthetic().forEach(t::add);
    return t.train();
  }

  @Test
  void learnsTheSyntheticSplitAndAddsVietnameseCopies() {
    CheckWorthinessTraining t = new CheckWorthinessTraining(13);
    synthetic().forEach(t::add);
    // 24 sentences; each of the 12 Vietnamese ones also lower-cased unpunctuated and unaccented
    assertThat(t.counts()).containsExactly(48, 24);
    double[] s = scores(t.train(), "Theo Bộ Y tế, Vinh có 7 ca nhiễm mới.", "Tôi nghĩ vinh đẹp quá, mọi người thấy sao?",
        "According to the CDC, Dallas reported 9 deaths this week.", "I think this song is so good, who else loves it?");
    assertThat(s[0]).isGreaterThan(0.5);
    assertThat(s[1]).isLessThan(0.5);
    assertThat(s[2]).isGreaterThan(0.5);
    assertThat(s[3]).isLessThan(0.5);
  }

  @Test
  void sameSeedSameScores() {
    String[] probe = {"Giá xăng tăng 5% từ hôm nay.", "Hôm nay trời đẹp quá!", "5G towers cause coronavirus",
        "Who else is watching?"};
    assertThat(scores(train(13), probe)).containsExactly(scores(train(13), probe));
  }

  @Test
  void unpunctuatedCopyIsLowerCasedWithoutPunctuation() {
    assertThat(CheckWorthinessTraining.unpunctuated("Theo Bộ Y tế, 30% ca nhiễm COVID-19 do biến thể mới gây ra!"))
        .isEqualTo("theo bộ y tế 30 ca nhiễm covid 19 do biến thể mới gây ra");
  }

  @Test
  void writesModelAndThresholdThatLoadBack() throws Exception {
    Path out = tmp.resolve("models/cw.tribuo");
    CheckWorthinessTraining.write(train(13), out, Map.of("threshold", "0.42", "seed", "13"));
    Path props = tmp.resolve("models/cw.properties");
    assertThat(Files.readAllLines(props)).contains("seed=13", "threshold=0.42");
    LearnedCheckWorthinessScorer loaded = LearnedCheckWorthinessScorer.fromFile(out);
    assertThat(loaded.threshold()).isEqualTo(0.42);
    assertThat(loaded.score("I think this song is so good, who else loves it?")).isLessThan(0.5);
  }

  @Test
  void refusesOneClassData() {
    CheckWorthinessTraining t = new CheckWorthinessTraining(1);
    t.add(new LabelledSentence("a", "Only claims here: 5 deaths.", "en", "s", true));
    assertThatThrownBy(t::train).isInstanceOf(IllegalStateException.class).hasMessageContaining("need check-worthy and other");
  }

  @Test
  void notAModelFileIsInvalidInput() throws Exception {
    Path junk = Files.writeString(tmp.resolve("junk.tribuo"), "not a model");
    assertThatThrownBy(() -> LearnedCheckWorthinessScorer.fromFile(junk)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a check-worthiness model");
  }
}
