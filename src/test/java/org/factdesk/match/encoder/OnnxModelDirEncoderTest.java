package org.factdesk.match.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factdesk.match.encoder.Vectors.cosine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sentence-transformers export assembled from the MiniLM files the langchain4j jar ships. */
class OnnxModelDirEncoderTest {
  @TempDir static Path shared;
  static Path miniLmDir;

  @TempDir Path tmp;

  @BeforeAll
  static void assembleExportFromTheClasspath() throws IOException {
    miniLmDir = Files.createDirectories(shared.resolve("all-MiniLM-L6-v2"));
    copyResource(BundledMiniLmEncoder.MODEL_RESOURCE, miniLmDir.resolve("model.onnx"));
    copyResource(BundledMiniLmEncoder.TOKENIZER_RESOURCE, miniLmDir.resolve("tokenizer.json"));
    Files.writeString(miniLmDir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 256, \"do_lower_case\": false}");
  }

  static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = OnnxModelDirEncoderTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void givesTheBundledModelsVectorsForTheSameFiles() {
    List<String> texts = List.of(BundledMiniLmEncoderTest.VACCINE, BundledMiniLmEncoderTest.OREO_TWEET, "");
    try (SentenceEncoder dir = Encoders.open(miniLmDir); SentenceEncoder bundled = Encoders.open(null)) {
      assertThat(dir).isInstanceOf(OnnxModelDirEncoder.class);
      assertThat(bundled).isInstanceOf(BundledMiniLmEncoder.class);
      assertThat(dir.dimension()).isEqualTo(384);
      assertThat(((OnnxModelDirEncoder) dir).maxTokens()).isEqualTo(256);
      assertThat(((OnnxModelDirEncoder) dir).pooling()).isEqualTo(Pooling.MEAN);
      assertThat(dir.id()).matches("all-MiniLM-L6-v2@sha256:[0-9a-f]{16};pool=mean;max=256;l2");
      for (String t : texts) {
        assertThat(cosine(dir.encode(t), bundled.encode(t))).as(t).isGreaterThan(0.999);
      }
    }
  }

  @Test
  void readsClsPoolingAndTokenLimitFromTheExportsConfigFiles() throws IOException {
    Path dir = linkedCopy("cls");
    Files.delete(dir.resolve("sentence_bert_config.json"));
    Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"bert\", \"max_position_embeddings\": 512}");
    Files.writeString(dir.resolve("modules.json"), """
        [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
         {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]""");
    Files.createDirectories(dir.resolve("1_Pooling"));
    Files.writeString(dir.resolve("1_Pooling/config.json"),
        "{\"word_embedding_dimension\": 384, \"pooling_mode_cls_token\": true, \"pooling_mode_mean_tokens\": false}");
    try (OnnxModelDirEncoder cls = new OnnxModelDirEncoder(dir, 1); OnnxModelDirEncoder mean = new OnnxModelDirEncoder(miniLmDir, 1)) {
      assertThat(cls.pooling()).isEqualTo(Pooling.CLS);
      assertThat(cls.maxTokens()).isEqualTo(512);
      assertThat(cls.id()).endsWith(";pool=cls;max=512;l2");
      float[] v = cls.encode(BundledMiniLmEncoderTest.VACCINE);
      assertThat(Vectors.norm(v)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
      assertThat(cosine(v, mean.encode(BundledMiniLmEncoderTest.VACCINE))).isLessThan(0.99);
    }
  }

  /** A fresh model directory with copies of the assembled export's files. */
  private Path linkedCopy(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (String f : List.of("model.onnx", "tokenizer.json", "sentence_bert_config.json")) {
      Files.copy(miniLmDir.resolve(f), dir.resolve(f));
    }
    return dir;
  }

  @Test
  void aMissingDirectoryIsNamedInOneLine() {
    Path missing = tmp.resolve("no-such-model");
    assertThatThrownBy(() -> Encoders.open(missing))
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("model directory " + missing + ": does not exist (expected a sentence-transformers ONNX export: model.onnx + tokenizer.json)");
  }

  @Test
  void aFileInsteadOfADirectoryIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("model.onnx"), "x");
    assertThatThrownBy(() -> new OnnxModelDirEncoder(file)).isInstanceOf(ModelLoadException.class)
        .hasMessageStartingWith("model directory " + file + ": not a directory");
  }

  @Test
  void missingModelOrTokenizerIsNamed() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> new OnnxModelDirEncoder(empty))
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("model directory " + empty + ": missing model.onnx (expected a sentence-transformers ONNX export: model.onnx + tokenizer.json)");
    Files.copy(miniLmDir.resolve("model.onnx"), empty.resolve("model.onnx"));
    assertThatThrownBy(() -> new OnnxModelDirEncoder(empty))
        .isInstanceOf(ModelLoadException.class)
        .hasMessage("model directory " + empty + ": missing tokenizer.json (expected a sentence-transformers ONNX export: model.onnx + tokenizer.json)");
  }

  @Test
  void aGarbageModelFileIsReportedInOneLine() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("garbage"));
    Files.writeString(dir.resolve("model.onnx"), "<html>404 Not Found</html>\nthis is not protobuf\n", StandardCharsets.UTF_8);
    Files.copy(miniLmDir.resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
    assertThatThrownBy(() -> new OnnxModelDirEncoder(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageStartingWith("model directory " + dir + ": model.onnx is not a valid ONNX model (")
        .hasMessageEndingWith(")")
        .satisfies(e -> {
          System.out.println(e.getMessage());
          assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400);
        });
  }

  @Test
  void aTruncatedModelFileIsReportedInOneLine() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("truncated"));
    try (InputStream in = Files.newInputStream(miniLmDir.resolve("model.onnx"))) {
      Files.write(dir.resolve("model.onnx"), in.readNBytes(1_000_000)); // an interrupted download
    }
    Files.copy(miniLmDir.resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
    assertThatThrownBy(() -> new OnnxModelDirEncoder(dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageStartingWith("model directory " + dir + ": model.onnx is not a valid ONNX model (")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aBrokenTokenizerOrConfigIsNamed() throws IOException {
    Path dir = linkedCopy("bad-tokenizer");
    Files.writeString(dir.resolve("tokenizer.json"), "{\"version\": \"1.0\", \"model\": 42}");
    assertThatThrownBy(() -> new OnnxModelDirEncoder(dir, 1)).isInstanceOf(ModelLoadException.class)
        .hasMessageStartingWith("model directory " + dir + ": tokenizer.json is not a valid Hugging Face tokenizer (")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    Path dir2 = linkedCopy("bad-config");
    Files.writeString(dir2.resolve("sentence_bert_config.json"), "{max_seq_length: ");
    assertThatThrownBy(() -> new OnnxModelDirEncoder(dir2, 1)).isInstanceOf(ModelLoadException.class)
        .hasMessageStartingWith("model directory " + dir2 + ": sentence_bert_config.json is not valid JSON (")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
