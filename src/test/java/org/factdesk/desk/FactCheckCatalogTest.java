package org.factdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.index.FactCheckIndex;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Rating;
import org.factdesk.pipeline.IndexOpener;
import org.factdesk.pipeline.MatchingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCheckCatalogTest {
  @TempDir Path dir;

  @Test
  void searchIsDiacriticInsensitiveAndFiltersByVerdictAndLanguage() throws Exception {
    MatchingSettings settings = MatchingSettings.defaults();
    try (FactCheckIndex index = IndexOpener.open(dir, settings, false, new PrintStream(PrintStream.nullOutputStream()))) {
      index.upsert(List.of(
          fc("vi-vaccine", "Vắc-xin COVID-19 gây vô sinh ở phụ nữ", "Sai", "vi"),
          fc("vi-chanh", "Uống nước chanh chữa khỏi ung thư", "Gây hiểu lầm", "vi"),
          fc("en-vaccine", "COVID-19 vaccines cause infertility in women", "False", "en")));
      index.commit();
      FactCheckCatalog catalog = new FactCheckCatalog(index, settings.fieldBoosts());

      List<FactCheckCatalog.Hit> hits = catalog.search("vac xin gay vo sinh", null, null, 5);
      assertEquals("vi-vaccine", hits.get(0).factCheck().id());
      assertTrue(hits.get(0).score() > 0 && hits.get(0).score() <= 1);
      assertEquals(List.of("vi-chanh"), ids(catalog.search("nuoc chanh ung thu", null, "gay hieu lam", 5)));
      assertEquals(List.of(), ids(catalog.search("nuoc chanh ung thu", null, "sai", 5)));
      assertEquals(List.of("en-vaccine"), ids(catalog.search("vaccines infertility", "en", null, 5)));
      assertEquals("vi-chanh", catalog.get("vi-chanh").orElseThrow().id());
      assertTrue(new FactCheckCatalog(null, settings.fieldBoosts()).search("x", null, null, 5).isEmpty());
    }
  }

  private static FactCheck fc(String id, String claim, String verdict, String lang) {
    return new FactCheck(id, claim, Rating.textual(verdict), "https://example.org/" + id, null, null,
        ItemReviewed.UNKNOWN, lang, claim, null);
  }

  private static List<String> ids(List<FactCheckCatalog.Hit> hits) {
    return hits.stream().map(h -> h.factCheck().id()).toList();
  }
}
