package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of {@link LanguageIdentifier} on the real data in {@code ../shared/data} (skipped when
 * it is absent). Train splits were used to set the thresholds; the held-out rows are asserted.
 * Run: {@code mvn -o -q test -Dtest=LanguageIdentifierAccuracyTest} (prints a table).
 */
class LanguageIdentifierAccuracyTest {

  private static final Path DATA = Path.of("..", "shared", "data");
  private final LanguageIdentifier id = LanguageIdentifier.standard();

  @Test
  void accuracyOnSharedData() throws IOException {
    assumeTrue(Files.isDirectory(DATA), "no shared data at " + DATA.toAbsolutePath());
    Path viNews = DATA.resolve("vietnamese-news-dataset-v2");
    Path clef20 = DATA.resolve("clef2020-task2-en-tweets");
    List<String> viTrain = csvContent(viNews.resolve("train_data.csv"));
    List<String> viVal = csvContent(viNews.resolve("val_data.csv"));
    List<String> vfnd = vfndTitles(DATA.resolve("vfnd-vietnamese-fake-news/vfnd.jsonl"));
    List<String> enTrain = tsvColumn(clef20.resolve("train/tweets.queries.tsv"), 1);
    List<String> enHeldOut = new ArrayList<>(tsvColumn(clef20.resolve("dev/tweets.queries.tsv"), 1));
    enHeldOut.addAll(tsvColumn(clef20.resolve("test/tweets.queries.tsv"), 1));
    enHeldOut.addAll(tsvColumn(DATA.resolve("clef2022-task2a-en-tweets/CT2022-Task2A-EN-Dev-Test_Queries.tsv"), 1));

    StringBuilder table = new StringBuilder("| set | split | rows | accuracy |\n|---|---|---|---|\n");
    report(table, "vietnamese-news-v2", "train", viTrain, Language.VI, UnaryOperator.identity());
    report(table, "vietnamese-news-v2 folded", "train", viTrain, Language.VI, DiacriticFolder::fold);
    report(table, "CheckThat! 2020 tweets", "train", enTrain, Language.EN, UnaryOperator.identity());
    double a = report(table, "vietnamese-news-v2", "val", viVal, Language.VI, UnaryOperator.identity());
    double b = report(table, "vietnamese-news-v2 folded", "val", viVal, Language.VI, DiacriticFolder::fold);
    double c = report(table, "VFND titles", "all", vfnd, Language.VI, UnaryOperator.identity());
    double d = report(table, "VFND titles folded", "all", vfnd, Language.VI, DiacriticFolder::fold);
    double e = report(table, "CheckThat! 2020 dev+test, 2022 dev-test tweets", "held out", enHeldOut,
        Language.EN, UnaryOperator.identity());
    System.out.println(table);
    assertThat(a).isGreaterThanOrEqualTo(0.99);
    assertThat(b).isGreaterThanOrEqualTo(0.97);
    assertThat(c).isGreaterThanOrEqualTo(0.97);
    assertThat(d).isGreaterThanOrEqualTo(0.95);
    assertThat(e).isGreaterThanOrEqualTo(0.97);
  }

  private double report(StringBuilder table, String name, String split, List<String> texts,
      Language expected, UnaryOperator<String> transform) {
    int ok = 0;
    List<String> wrong = new ArrayList<>();
    for (String t : texts) {
      String input = transform.apply(t);
      Language got = id.identify(input);
      if (got == expected) {
        ok++;
      } else if (wrong.size() < 5) {
        wrong.add(got + " <- " + input.substring(0, Math.min(120, input.length())));
      }
    }
    double acc = (double) ok / texts.size();
    table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f |%n", name, split, texts.size(), acc));
    wrong.forEach(w -> System.out.println("  miss (" + name + "): " + w));
    return acc;
  }

  private static List<String> csvContent(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.add(rec.get("content"));
      }
    }
    return out;
  }

  private static List<String> tsvColumn(Path file, int column) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length > column && !cols[column].isBlank()) {
        out.add(cols[column]);
      }
    }
    return out;
  }

  private static List<String> vfndTitles(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode title = json.readTree(line).get("title");
      if (title != null && !title.asText().isBlank()) {
        out.add(title.asText());
      }
    }
    return out;
  }
}
