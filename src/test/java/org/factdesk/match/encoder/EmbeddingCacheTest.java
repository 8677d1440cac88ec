package org.factdesk.match.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dir;

  /** Deterministic 3-dim vectors from the text's hash; records which texts it was asked for. */
  static final class CountingEncoder implements SentenceEncoder {
    final String id;
    final List<String> asked = new ArrayList<>();
    boolean closed;

    CountingEncoder(String id) {
      this.id = id;
    }

    @Override public String id() { return id; }
    @Override public int dimension() { return 3; }
    @Override public float[] encode(String text) { return encodeBatch(List.of(text)).get(0); }
    @Override public List<float[]> encodeBatch(List<String> texts) {
      asked.addAll(texts);
      List<float[]> out = new ArrayList<>();
      for (String t : texts) {
        int h = t.hashCode();
        float[] v = {h & 0xff, (h >> 8) & 0xff, t.length() + 1};
        OnnxBiEncoder.normalise(v);
        out.add(v);
      }
      return out;
    }
    @Override public void close() { closed = true; }
  }

  @Test
  void encodesEachTextOnceAcrossRuns() {
    CountingEncoder first = new CountingEncoder("m;pool=mean;max=256;l2");
    List<float[]> a;
    try (EmbeddingCache cache = new EmbeddingCache(dir, first)) {
      a = cache.encodeBatch(List.of("vắc xin gây vô sinh", "b", "vắc xin gây vô sinh"));
      assertThat(cache.encode("b")).containsExactly(a.get(1));
      assertThat(cache.size()).isEqualTo(2);
    }
    assertThat(first.asked).containsExactly("vắc xin gây vô sinh", "b");
    assertThat(first.closed).isTrue();

    CountingEncoder second = new CountingEncoder("m;pool=mean;max=256;l2");
    try (EmbeddingCache cache = new EmbeddingCache(dir, second)) {
      assertThat(cache.size()).isEqualTo(2);
      List<float[]> again = cache.encodeBatch(List.of("b", "vắc xin gây vô sinh", "c"));
      assertThat(again.get(0)).containsExactly(a.get(1));
      assertThat(again.get(1)).containsExactly(a.get(0));
    }
    assertThat(second.asked).containsExactly("c");
  }

  @Test
  void anotherEncoderIdNeverSeesTheseVectors() {
    try (EmbeddingCache cache = new EmbeddingCache(dir, new CountingEncoder("m;pool=mean;max=256;l2"))) {
      cache.encode("x");
    }
    CountingEncoder cls = new CountingEncoder("m;pool=cls;max=256;l2");
    try (EmbeddingCache cache = new EmbeddingCache(dir, cls)) {
      assertThat(cache.size()).isZero();
      cache.encode("x");
    }
    assertThat(cls.asked).containsExactly("x");
  }

  @Test
  void aTornLastRecordIsDroppedAndOverwritten() throws IOException {
    Path file;
    try (EmbeddingCache cache = new EmbeddingCache(dir, new CountingEncoder("m"))) {
      cache.encodeBatch(List.of("a", "b"));
      file = cache.file();
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(Files.size(file) - 5); // crash in the middle of b's record
    }
    CountingEncoder again = new CountingEncoder("m");
    try (EmbeddingCache cache = new EmbeddingCache(dir, again)) {
      assertThat(cache.size()).isEqualTo(1);
      cache.encodeBatch(List.of("a", "b"));
    }
    assertThat(again.asked).containsExactly("b");
    try (EmbeddingCache cache = new EmbeddingCache(dir, new CountingEncoder("m"))) {
      assertThat(cache.size()).isEqualTo(2);
    }
  }
}
