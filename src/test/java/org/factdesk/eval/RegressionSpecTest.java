package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionSpecTest {
  @TempDir Path dir;

  private static final String MINIMAL =
      "name: x\ndescription: d\ncollection: c\nqueries: q\nqrels: r\ntopK: 5\n"
          + "methods:\n  bm25:\n    tolerance: 0.0\n    expected: {MAP@5: 0.5}\n";

  @Test
  void loadsTheFixtureFromTheClasspathInFileOrder() {
    RegressionSpec spec = RegressionSpec.loadResource("eval/fixture-tiny.yaml");
    assertThat(spec.name()).isEqualTo("fixture-tiny");
    assertThat(spec.topK()).isEqualTo(10);
    assertThat(spec.methods().keySet()).containsExactly("bm25", "dense");
    assertThat(spec.methods().get("bm25").expected().keySet())
        .containsExactly("MAP@1", "MAP@5", "MRR", "P@1", "R@10");
    assertThat(spec.methods().get("dense").tolerance()).isEqualTo(0.01);
    assertThat(spec.qrelsPath(Path.of("/work/wt-eval")))
        .isEqualTo(Path.of("/work/shared/data/clef2022-task2a-en-tweets/CT2022-Task2A-EN-Dev-Test_QRELs.tsv"));
  }

  @Test
  void listBundledFindsSpecsInClassDirectories() {
    assertThat(RegressionSpec.bundledResourceNames(getClass().getClassLoader()))
        .contains("eval/fixture-tiny.yaml");
    assertThat(RegressionSpec.listBundled()).extracting(RegressionSpec::name).contains("fixture-tiny");
  }

  @Test
  void listBundledFindsSpecsInsideAJar() throws IOException {
    Path jar = dir.resolve("app.jar");
    writeJar(jar, true);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(RegressionSpec.bundledResourceNames(loader)).contains("eval/a.yaml", "eval/b.yaml")
          .doesNotContain("eval/sub/c.yaml", "other/d.yaml", "eval/readme.txt");
      assertThat(RegressionSpec.loadResource("eval/a.yaml", loader).name()).isEqualTo("x");
    }
  }

  @Test
  void jarScanDoesNotNeedDirectoryEntries() throws IOException {
    Path jar = dir.resolve("flat.jar");
    writeJar(jar, false);
    Set<String> names = new TreeSet<>();
    RegressionSpec.scanRoot(jar, names);
    assertThat(names).containsExactly("eval/a.yaml", "eval/b.yaml");
  }

  private static void writeJar(Path jar, boolean directoryEntries) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      if (directoryEntries) {
        j.putNextEntry(new JarEntry("eval/"));
        j.closeEntry();
        j.putNextEntry(new JarEntry("eval/sub/"));
        j.closeEntry();
      }
      for (String name : new String[] {"eval/a.yaml", "eval/b.yaml", "eval/sub/c.yaml", "other/d.yaml", "eval/readme.txt"}) {
        j.putNextEntry(new JarEntry(name));
        j.write(MINIMAL.getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
      }
    }
  }

  @Test
  void rejectsInvalidSpecsNamingTheSource() throws IOException {
    assertInvalid(MINIMAL.replace("MAP@5", "MAP5"), "method 'bm25': unknown metric 'MAP5'; known [MAP@1,");
    assertInvalid(MINIMAL.replace("tolerance: 0.0", "tolerance: -0.1"),
        "method 'bm25': 'tolerance' must be finite and >= 0, got -0.1");
    assertInvalid(MINIMAL.replace("0.5}", "1.5}"), "method 'bm25': expected MAP@5 must be in [0, 1], got 1.5");
    assertInvalid(MINIMAL.replace("name: x\n", ""), "missing 'name'");
    assertInvalid(MINIMAL.replace("topK: 5", "topK: 0"), "'topK' must be >= 1, got 0");
    assertInvalid(MINIMAL.replace("tolerance:", "tolerence:"), "Unrecognized field \"tolerence\"");
  }

  private void assertInvalid(String yaml, String problemPrefix) throws IOException {
    Path p = Files.createTempFile(dir, "spec", ".yaml");
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RegressionSpec.load(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(p.toString())
        .hasMessageContaining(problemPrefix);
  }

  @Test
  void missingResourceIsAnError() {
    assertThatThrownBy(() -> RegressionSpec.loadResource("eval/nope.yaml"))
        .hasMessage("no classpath resource eval/nope.yaml");
  }
}
