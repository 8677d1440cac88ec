package org.factdesk.match.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.factdesk.match.encoder.Vectors.cosine;
import static org.factdesk.match.encoder.Vectors.dot;
import static org.factdesk.match.encoder.Vectors.norm;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped all-MiniLM-L6-v2, loaded offline, on real sentences. */
class BundledMiniLmEncoderTest {
  static final String VACCINE = "The vaccine causes infertility";
  static final String JAB = "Jab makes women sterile";
  static final String STOCKS = "The stock market closed higher today";
  // CheckThat! 2022 Task 2A dev-test: tweet-sno-1200 and tweet-sno-1205 with their Snopes claims (qrels).
  static final String OREO_TWEET = "The news you’ve all been waiting for (and we couldn’t wait to reveal 😭)… OREO x LADY GAGA packs"
      + " drop today! 🎤🎶 pic.twitter.com/OPdkueC45h — OREO Cookie (@Oreo) January 28, 2021";
  static final String OREO_CLAIM = "Oreos have a new Lady Gaga-themed cookie.";
  static final String CHINA_VIRUS_TWEET = "Biden signed executive order today that contained a ban on the term 'China virus'."
      + " — Glen Keys (@glen_keys) January 27, 2021";
  static final String CHINA_VIRUS_CLAIM = "U.S. President Joe Biden issued an executive order in January 2021 banning any use"
      + " of the term “China virus.”";

  static BundledMiniLmEncoder encoder;

  @BeforeAll
  static void load() {
    encoder = new BundledMiniLmEncoder();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  static double sim(String a, String b) {
    return dot(encoder.encode(a), encoder.encode(b));
  }

  @Test
  void loadsOfflineWith384UnitLengthDimensions() {
    assertThat(encoder.dimension()).isEqualTo(384);
    for (String s : List.of(VACCINE, JAB, STOCKS, OREO_TWEET, "")) {
      float[] v = encoder.encode(s);
      assertThat(v).hasSize(384);
      assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
    }
    assertThat(encoder.id()).isEqualTo("all-MiniLM-L6-v2@langchain4j-1.19.0-beta29;pool=mean;max=256;l2");
  }

  @Test
  void aParaphraseScoresWellAboveAnUnrelatedSentence() {
    double paraphrase = sim(VACCINE, JAB);
    double unrelated = sim(VACCINE, STOCKS);
    System.out.printf("cos(vaccine, jab)=%.4f cos(vaccine, stocks)=%.4f%n", paraphrase, unrelated);
    assertThat(paraphrase).isGreaterThan(unrelated + 0.2);
    assertThat(paraphrase).isCloseTo(0.50, within(0.05));
    assertThat(unrelated).isCloseTo(-0.04, within(0.05));
  }

  @Test
  void aTweetIsCloserToItsFactCheckedClaimThanToAnotherOne() {
    double oreo = sim(OREO_TWEET, OREO_CLAIM);
    double china = sim(CHINA_VIRUS_TWEET, CHINA_VIRUS_CLAIM);
    double crossA = sim(OREO_TWEET, CHINA_VIRUS_CLAIM);
    double crossB = sim(CHINA_VIRUS_TWEET, OREO_CLAIM);
    System.out.printf("oreo=%.4f china=%.4f cross=%.4f/%.4f%n", oreo, china, crossA, crossB);
    assertThat(oreo).isGreaterThan(Math.max(crossA, crossB) + 0.3);
    assertThat(china).isGreaterThan(Math.max(crossA, crossB) + 0.3);
  }

  @Test
  void batchEqualsOneByOne() {
    List<String> texts = List.of(VACCINE, OREO_TWEET, "", JAB, CHINA_VIRUS_CLAIM, STOCKS, OREO_CLAIM, CHINA_VIRUS_TWEET);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      many.addAll(texts); // 72 texts: three mini-batches of mixed lengths
    }
    List<float[]> batch = encoder.encodeBatch(many);
    assertThat(batch).hasSize(many.size());
    for (int i = 0; i < many.size(); i++) {
      assertThat(cosine(batch.get(i), encoder.encode(many.get(i)))).as(many.get(i)).isGreaterThan(0.9999);
    }
    assertThat(encoder.encodeBatch(List.of())).isEmpty();
  }

  @Test
  void sameTextGivesTheIdenticalVector() {
    assertThat(encoder.encode(OREO_TWEET)).containsExactly(encoder.encode(OREO_TWEET));
  }

  @Test
  void longTextIsTruncatedAt256TokensNotRejected() {
    String word = "misinformation spreads quickly on social media platforms every single day ";
    String longText = word.repeat(60); // about 660 word pieces
    float[] v = encoder.encode(longText);
    assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
    // whatever follows token 255 is cut off, so a different tail changes nothing
    assertThat(cosine(v, encoder.encode(longText + " The vaccine causes infertility in women."))).isGreaterThan(0.99999);
    // ...while a tail within the limit (18 repeats: about 200 word pieces) still counts
    String within = word.repeat(18);
    assertThat(cosine(encoder.encode(within), encoder.encode(within + " The vaccine causes infertility in women."))).isLessThan(0.999);
  }

  @Test
  void emptyTextEncodes() {
    assertThat(encoder.encode("")).hasSize(384);
  }

  @Test
  void agreesWithLangchain4jOnShortText() {
    // langchain4j's own wrapper mean-pools the same graph one sentence at a time: a reference.
    AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();
    for (String s : List.of(VACCINE, OREO_TWEET, CHINA_VIRUS_CLAIM)) {
      assertThat(cosine(encoder.encode(s), reference.embed(s).content().vector())).as(s).isGreaterThan(0.9999);
    }
  }

  @Test
  void refusesCallsAfterClose() {
    BundledMiniLmEncoder own = new BundledMiniLmEncoder(1);
    own.close();
    own.close();
    assertThatThrownBy(() -> own.encode("x")).isInstanceOf(IllegalStateException.class);
  }
}
