package org.factdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.cli.FactdeskCommand;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.narratives.OutletReach;
import org.factdesk.report.NarrativeEntry;
import org.factdesk.store.Database;
import org.factdesk.store.PostStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Narratives rebuilt from the database after {@code factdesk ingest}: exact copies on other pages
 * (stored as sightings) and decorated chain copies (stored, linked) join one narrative linked to the
 * fact-check they matched; an unrelated post stays alone.
 */
class StoredNarrativesTest {
  @TempDir Path tmp;

  @Test
  void narrativeCountsCopiesAndSightingsAndLinksTheFactCheck() throws Exception {
    Path fc = tmp.resolve("factchecks.json");
    Files.writeString(fc, """
        [{"@type": "ClaimReview", "url": "https://fc.example/gates", "claimReviewed": "Bill Gates wants to microchip everyone with vaccines",
          "reviewRating": {"@type": "Rating", "alternateName": "False"}},
         {"@type": "ClaimReview", "url": "https://fc.example/moon", "claimReviewed": "The moon landing was filmed in a studio"},
         {"@type": "ClaimReview", "url": "https://fc.example/earth", "claimReviewed": "The earth is flat and NASA hides it"},
         {"@type": "ClaimReview", "url": "https://fc.example/rice", "claimReviewed": "Plastic rice is sold in Vietnamese markets"},
         {"@type": "ClaimReview", "url": "https://fc.example/lemon", "claimReviewed": "Hot lemon water kills cancer cells"},
         {"@type": "ClaimReview", "url": "https://fc.example/garlic", "claimReviewed": "Eating garlic prevents infection with the new virus"},
         {"@type": "ClaimReview", "url": "https://fc.example/bank", "claimReviewed": "The central bank will withdraw old banknotes next month"}]
        """, StandardCharsets.UTF_8);
    String gates = "Bill Gates wants to microchip everyone with vaccines.";
    Path posts = tmp.resolve("posts.jsonl");
    Files.writeString(posts, String.join("\n",
        line("p1", "Page A", "2026-11-01T03:00:00Z", gates),
        line("p2", "Page B", "2026-11-02T03:00:00Z", gates),
        line("p3", "Page C", "2026-11-03T03:00:00Z", gates + " 👇👇"),
        line("p4", "Page D", "2026-11-03T04:00:00Z", "Lovely weather in Hanoi today, the lake is calm")) + "\n",
        StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    int code = FactdeskCommand.commandLine().execute("ingest", "--data-dir", data.toString(), fc.toString(),
        posts.toString());
    assertThat(code).isZero();

    StoredNarratives.Snapshot snap;
    try (Database db = Database.open(Database.embeddedUrl(data));
        FactCheckIndex index = IndexOpener.open(data, MatchingSettings.defaults(), false,
            new PrintStream(java.io.OutputStream.nullOutputStream()))) {
      snap = new StoredNarratives(new PostStore(db), index.backend()::get).compute();
    }
    assertThat(snap.posts()).isEqualTo(4);
    assertThat(snap.entries()).hasSize(1);
    NarrativeEntry n = snap.entries().get(0);
    assertThat(n.size()).isEqualTo(3);
    assertThat(n.factCheck()).isNotNull();
    assertThat(n.factCheck().url()).isEqualTo("https://fc.example/gates");
    assertThat(n.verdict()).isEqualTo("False");
    assertThat(n.outlets()).extracting(OutletReach::outlet).containsExactlyInAnyOrder("Page A", "Page B", "Page C");
    assertThat(snap.entry(n.id())).contains(n);
    assertThat(snap.section().narratives()).isEqualTo(2);
  }

  private static String line(String id, String source, String at, String text) {
    return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"published_at\":\"" + at + "\",\"text\":\"" + text
        + "\",\"author\":\"@someone\"}";
  }
}
