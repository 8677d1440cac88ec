package org.factdesk.text;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random text for property tests: Vietnamese-looking text, and anything at all. */
final class TextArbitraries {

  static final String VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợ"
      + "uùúủũụưừứửữựyỳýỷỹỵđbcdghklmnpqrstvx";
  private static final String SPECIALS = " \t\n\r\u00A0\u2003\u202F\u3000\u200B\u200C\u200D\u2060"
      + "\uFEFF\u00AD\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B.,!?…\"”)(-:/@#";

  private TextArbitraries() {}

  /** Vietnamese letters of both cases, spaces, invisible chars and loose combining marks. */
  static Arbitrary<String> vietnamese() {
    String upper = VIETNAMESE_LETTERS.toUpperCase(java.util.Locale.ROOT);
    Arbitrary<String> text = Arbitraries.strings()
        .withChars((VIETNAMESE_LETTERS + upper + SPECIALS + "     ").toCharArray())
        .ofMaxLength(60);
    return Arbitraries.oneOf(text, text.map(s -> Normalizer.normalize(s, Normalizer.Form.NFD)));
  }

  /** Any UTF-16 content: unpaired surrogates, supplementary code points, marks, CJK, emoji. */
  static Arbitrary<String> anything() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> mixed = Arbitraries.strings()
        .withCharRange('\u0000', '\u036F')
        .withCharRange('\u1100', '\u11FF')
        .withCharRange('\u1E00', '\u1EFF')
        .withCharRange('\u2000', '\u206F')
        .withCharRange('\uAC00', '\uAC40')
        .withCharRange('\uD800', '\uDFFF')
        .withChars(SPECIALS.toCharArray())
        .ofMaxLength(40);
    Arbitrary<String> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF)
        .list().ofMaxSize(5)
        .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
            StringBuilder::append).toString());
    return Arbitraries.oneOf(any, mixed, vietnamese(),
        net.jqwik.api.Combinators.combine(mixed, emoji, vietnamese()).as((a, b, c) -> a + b + c));
  }
}
