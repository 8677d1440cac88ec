package org.factdesk.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DedupeKeysTest {
  @Test
  void trackingParametersFragmentsWwwAndSlashesDoNotMakeANewPage() {
    String canonical = "https://vnexpress.net/tin-gia-123.html?id=5&page=2";
    assertThat(UrlCanonicalizer.canonicalize(
        "http://WWW.VnExpress.net/tin-gia-123.html?utm_source=fb&page=2&fbclid=IwAR0x&id=5#comments"))
        .isEqualTo(canonical);
    assertThat(UrlCanonicalizer.canonicalize("https://vnexpress.net/tin-gia-123.html/?page=2&id=5&utm_medium=social"))
        .isEqualTo(canonical);
    assertThat(UrlCanonicalizer.canonicalize("https://example.org")).isEqualTo("https://example.org/");
    assertThat(UrlCanonicalizer.canonicalize("https://example.org:8443/a/")).isEqualTo("https://example.org:8443/a");
  }

  @Test
  void differentPathsAndNonHttpValuesStayDistinct() {
    assertThat(UrlCanonicalizer.canonicalize("https://example.org/A")).isNotEqualTo(UrlCanonicalizer.canonicalize("https://example.org/a"));
    assertThat(UrlCanonicalizer.canonicalize(" tweet-sno-12 ")).isEqualTo("tweet-sno-12");
    assertThat(UrlCanonicalizer.canonicalize("not a url with spaces")).isEqualTo("not a url with spaces");
    assertThat(UrlCanonicalizer.canonicalize(null)).isNull();
  }

  @Test
  void chainMessagesThatDifferOnlyByDecorationShareAKey() {
    String base = "Uống nước chanh nóng giúp chữa khỏi COVID-19. Hãy chia sẻ cho mọi người!";
    String key = ContentFingerprint.key(base);
    assertThat(ContentFingerprint.key(base + " 👇👇")).isEqualTo(key);
    assertThat(ContentFingerprint.key(base + " https://bit.ly/3xYz")).isEqualTo(key);
    assertThat(ContentFingerprint.key("  " + base.replace(" ", "   ") + " 👉 @someone")).isEqualTo(key);
    assertThat(ContentFingerprint.key(Normalizer.normalize(base, Normalizer.Form.NFD))).isEqualTo(key);
    assertThat(ContentFingerprint.key(base.toUpperCase(java.util.Locale.ROOT))).isEqualTo(key);
    assertThat(ContentFingerprint.normalized(base + " 👇👇"))
        .isEqualTo("uống nước chanh nóng giúp chữa khỏi covid 19 hãy chia sẻ cho mọi người");
  }

  @Test
  void aChangedWordOrDiacriticIsADifferentTextUnlessFolded() {
    String a = "Ăn nhiều đường gây tiểu đường";
    assertThat(ContentFingerprint.key("Ăn nhiều đường gây ung thư")).isNotEqualTo(ContentFingerprint.key(a));
    assertThat(ContentFingerprint.key("An nhieu duong gay tieu duong")).isNotEqualTo(ContentFingerprint.key(a));
    assertThat(ContentFingerprint.foldedKey("An nhieu duong gay tieu duong")).isEqualTo(ContentFingerprint.foldedKey(a));
  }
}
