package org.factdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdesk.model.Post;

/** Any Vietnamese text written in each encoding comes back from the reader unchanged (NFC for non-UTF-8). */
class EncodingRoundTripPropertiesTest {
  private static final String LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợ"
      + "uùúủũụưừứửữựyỳýỷỹỵđbcdghklmnpqrstvx";
  private static final String OTHERS = "     0123456789.,;:!?\"'\\/()-–…“”";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a file is written, and the encoding it is read with. */
  private record Way(String name, Function<String, byte[]> write, TextEncoding read, boolean nfc) {}

  private static final List<Way> WAYS = List.of(
      new Way("utf-8", s -> s.getBytes(StandardCharsets.UTF_8), TextEncoding.AUTO, false),
      new Way("utf-8 bom", s -> concat(Fixtures.BOM, s.getBytes(StandardCharsets.UTF_8)), TextEncoding.AUTO, false),
      new Way("utf-16le bom", s -> concat(Fixtures.BOM_LE, s.getBytes(StandardCharsets.UTF_16LE)), TextEncoding.AUTO, true),
      new Way("utf-16be bom", s -> concat(Fixtures.BOM_BE, s.getBytes(StandardCharsets.UTF_16BE)), TextEncoding.AUTO, true),
      new Way("utf-16le", s -> s.getBytes(StandardCharsets.UTF_16LE), TextEncoding.AUTO, true),
      new Way("utf-16be", s -> s.getBytes(StandardCharsets.UTF_16BE), TextEncoding.UTF_16BE, true),
      new Way("utf-16", s -> s.getBytes(StandardCharsets.UTF_16LE), TextEncoding.UTF_16, true),
      new Way("windows-1258", Fixtures::cp1258, TextEncoding.WINDOWS_1258, true));

  @Provide
  Arbitrary<String> vietnamese() {
    String chars = LETTERS + LETTERS.toUpperCase(Locale.ROOT) + OTHERS;
    Arbitrary<String> text = Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(60);
    return Arbitraries.oneOf(text, text.map(s -> Normalizer.normalize(s, Normalizer.Form.NFD)));
  }

  @Property(tries = 200, seed = "20261129")
  void jsonlRoundTripsInEveryEncoding(@ForAll("vietnamese") String a, @ForAll("vietnamese") String b) throws Exception {
    String file = line("1", a) + line("2", b) + "\r\n";
    for (Way way : WAYS) {
      Path tmp = Files.createTempFile("roundtrip", ".jsonl");
      try {
        Files.write(tmp, way.write().apply(file));
        Fixtures.Result<Post> r = Fixtures.read(new JsonlPostReader(ColumnMapping.DEFAULTS,
            new AuthorPseudonymiser(new byte[32]), way.read()), tmp);
        assertThat(r.quarantine().rejections()).as(way.name()).isEmpty();
        assertThat(r.records()).as(way.name()).extracting(Post::text)
            .containsExactly(expected(a, way.nfc()), expected(b, way.nfc()));
      } finally {
        Files.delete(tmp);
      }
    }
  }

  private static String line(String id, String text) throws IOException {
    return JSON.writeValueAsString(Map.of("id", id, "text", "[" + text + "]")) + "\n";
  }

  private static String expected(String text, boolean nfc) {
    String s = "[" + text + "]";
    return nfc ? Normalizer.normalize(s, Normalizer.Form.NFC) : s;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
