package org.factdesk.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;
import org.factdesk.model.Rating;
import org.junit.jupiter.api.Test;

class NarrativeClustererTest {
  private static final Instant T = Instant.parse("2026-11-29T03:00:00Z");

  private static float[] unit(double angleDegrees) {
    double a = Math.toRadians(angleDegrees);
    return new float[] {(float) Math.cos(a), (float) Math.sin(a)};
  }

  @Test
  void nearDuplicatesJoinOthersStartNewNarratives() {
    NarrativeClusterer c = new NarrativeClusterer(ClustererSettings.defaults());
    assertThat(c.assign("p1", "Vắc xin Covid gây vô sinh ở phụ nữ", null, T, "Trang A", 10)).isEqualTo("n-000001");
    assertThat(c.assign("p2", "Giá xăng tăng mạnh từ ngày mai", null, T, "Trang B", 0)).isEqualTo("n-000002");
    assertThat(c.assign("p3", "vac xin covid gay vo sinh o phu nu!!! 👇", null, T, "Trang C", 5)).isEqualTo("n-000001");
    assertThat(c.assign("p1", "anything", null, T, null, 0)).as("a post seen before").isEqualTo("n-000001");
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.narrative("n-000001").posts()).extracting(NarrativePost::postId).containsExactly("p1", "p3");
    assertThat(c.narrativeOf("p2")).contains("n-000002");
    assertThat(c.narrativeOf("p9")).isEmpty();
  }

  @Test
  void paraphrasesJoinByCosineToTheCentroid() {
    NarrativeClusterer c = new NarrativeClusterer(ClustererSettings.defaults().withThresholds(0.5, 0.9));
    c.assign("a", "the jab makes women sterile", unit(0), T, null, 0);
    c.assign("b", "football results", unit(90), T, null, 0);
    // cos(20°) = 0.940 to n-000001, cos(70°) = 0.342 to n-000002
    assertThat(c.assign("c", "vaccine causes infertility", unit(20), T, null, 0)).isEqualTo("n-000001");
    // centroid of n-000001 is at 10°: cos(35°) = 0.819 < 0.9
    assertThat(c.assign("d", "something else", unit(45), T, null, 0)).isEqualTo("n-000003");
    assertThat(c.assign("e", "no vector, no near-duplicate", null, T, null, 0)).isEqualTo("n-000004");
  }

  @Test
  void tiesGoToTheLowestNarrativeId() {
    NarrativeClusterer c = new NarrativeClusterer(ClustererSettings.defaults().withThresholds(0.5, 0.5));
    c.assign("a", "first text", unit(0), T, null, 0);
    c.assign("b", "second text", unit(90), T, null, 0);
    assertThat(c.assign("c", "third text", unit(45), T, null, 0)).isEqualTo("n-000001");
  }

  @Test
  void sameInputOrderSameNarratives() {
    List<String> texts = List.of("a b c d e", "x y z w", "a b c d e f", "x y z w v", "q r s", "a b c d");
    List<String> first = run(texts);
    assertThat(run(texts)).isEqualTo(first).containsExactly(
        "n-000001", "n-000002", "n-000001", "n-000002", "n-000003", "n-000001");
  }

  private static List<String> run(List<String> texts) {
    NarrativeClusterer c = new NarrativeClusterer(ClustererSettings.defaults());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(c.assign("p" + i, texts.get(i), null, T, null, 0));
    }
    return out;
  }

  @Test
  void aLinkedNarrativeCarriesTheVerdictAndAuthorsAreNotUsed() {
    NarrativeClusterer c = new NarrativeClusterer(ClustererSettings.defaults());
    Post p = new Post("p1", "Page X", null, T, "Muối chữa khỏi Covid", "vi", "author-hmac-1", new Engagement(3, 2, 1));
    Post q = new Post("p2", "Page Y", null, T, "muoi chua khoi covid", "vi", "author-hmac-2", Engagement.NONE);
    String n = c.assign(p, null);
    assertThat(c.assign(q, null)).isEqualTo(n);
    c.link(n, "https://factcheck.example/salt", Rating.textual("Sai"));
    Narrative snap = c.narrative(n);
    assertThat(snap.factCheck()).isEqualTo(new FactCheckLink("https://factcheck.example/salt", Rating.textual("Sai")));
    assertThat(snap.posts()).containsExactly(new NarrativePost("p1", T, "Page X", 6), new NarrativePost("p2", T, "Page Y", 0));
    assertThat(c.narratives()).extracting(Narrative::id).containsExactly("n-000001");
    assertThatThrownBy(() -> c.link("n-000002", "x", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.assign(" ", "t", null, T, null, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
