package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathExpanderTest {
  @TempDir Path dir;

  @BeforeEach
  void tree() throws IOException {
    for (String f : List.of(
        "exports/b.csv", "exports/a.csv", "exports/2024/06/c.csv", "exports/2024/notes.txt",
        "exports/.hidden.csv", "exports/.git/d.csv", "exports/e.csv~", "exports/f.csv.tmp",
        "exports/g.csv.part", "posts.jsonl", "more.jsonl", "sub/posts.jsonl")) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, f);
    }
    Files.createDirectories(dir.resolve("empty"));
  }

  private List<String> expand(String... args) throws IOException {
    return PathExpander.expand(List.of(args), dir).stream().map(p -> dir.relativize(p).toString()).toList();
  }

  @Test
  void fileIsItselfEvenIfHiddenOrBackup() throws IOException {
    assertThat(expand("posts.jsonl", "exports/.hidden.csv", "exports/e.csv~"))
        .containsExactly("posts.jsonl", "exports/.hidden.csv", "exports/e.csv~");
  }

  @Test
  void directoryIsEveryRegularFileBelowSortedSkippingHiddenAndPartial() throws IOException {
    assertThat(expand("exports")).containsExactly(
        "exports/2024/06/c.csv", "exports/2024/notes.txt", "exports/a.csv", "exports/b.csv");
  }

  @Test
  void globsWalkFromTheirLiteralPrefixAndDoubleStarMatchesNoDirectoryToo() throws IOException {
    assertThat(expand("exports/**/*.csv")).containsExactly(
        "exports/2024/06/c.csv", "exports/a.csv", "exports/b.csv");
    assertThat(expand("*.jsonl")).containsExactly("more.jsonl", "posts.jsonl");
    assertThat(expand("**/posts.jsonl")).containsExactly("posts.jsonl", "sub/posts.jsonl");
    assertThat(expand("exports/*/*/?.csv")).containsExactly("exports/2024/06/c.csv");
    assertThat(expand("exports/[ab].csv")).containsExactly("exports/a.csv", "exports/b.csv");
  }

  @Test
  void aHiddenDirectoryNamedInTheArgumentIsWalked() throws IOException {
    assertThat(expand("exports/.git")).containsExactly("exports/.git/d.csv");
    assertThat(expand("exports/.git/*.csv")).containsExactly("exports/.git/d.csv");
    assertThatThrownBy(() -> expand("exports/*/d.csv")) // not when a wildcard would reach it
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("exports/*/d.csv: no file matches");
  }

  @Test
  void argumentOrderIsKeptAndDuplicatesDropped() throws IOException {
    assertThat(expand("posts.jsonl", "*.jsonl", "./posts.jsonl", "exports/b.csv", "exports/*.csv"))
        .containsExactly("posts.jsonl", "more.jsonl", "exports/b.csv", "exports/a.csv");
  }

  @Test
  void absoluteArgumentsIgnoreTheBaseDirectory() throws IOException {
    assertThat(PathExpander.expand(List.of(dir + "/exports/*.csv"), Path.of("/nonexistent")))
        .containsExactly(dir.resolve("exports/a.csv"), dir.resolve("exports/b.csv"));
  }

  @Test
  void anArgumentYieldingNothingIsNoSuchFileNamingIt() {
    assertThatThrownBy(() -> expand("posts.jsonl", "missing.csv"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("missing.csv: no such file or directory");
    assertThatThrownBy(() -> expand("exports/*.tsv"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("exports/*.tsv: no file matches");
    assertThatThrownBy(() -> expand("nowhere/*.csv"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("nowhere/*.csv: no file matches");
    assertThatThrownBy(() -> expand("empty"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage("empty: no files in directory");
  }

  @Test
  void resolveKeepsGlobCharactersAndAbsolutePatterns() {
    assertThat(PathExpander.resolve(Path.of("/srv/conf"), "exports/**/*.csv")).isEqualTo("/srv/conf/exports/**/*.csv");
    assertThat(PathExpander.resolve(Path.of("/srv/conf"), "../data/posts.jsonl")).isEqualTo("/srv/conf/../data/posts.jsonl");
    assertThat(PathExpander.resolve(Path.of("/srv/conf"), "/srv/exports/*.csv")).isEqualTo("/srv/exports/*.csv");
    assertThat(PathExpander.resolve(null, "a/*.csv")).isEqualTo("a/*.csv");
  }
}
