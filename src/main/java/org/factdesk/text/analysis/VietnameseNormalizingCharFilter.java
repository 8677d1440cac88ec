package org.factdesk.text.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;
import org.factdesk.text.OffsetMap;
import org.factdesk.text.VietnameseNormalizer;

/**
 * Lucene {@link CharFilter} around {@link VietnameseNormalizer#normalizeWithOffsets}: removes
 * invisible chars, composes to NFC (UAX #15), puts tone marks in the old-style position of
 * docs/text-normalisation.md ({@code hoà → hòa}) and collapses odd whitespace.
 *
 * <p>Offsets stay correct: a token's corrected offsets point at the chars it came from in the
 * original text, so {@code "Hoa\u0300 bình"} yields {@code hòa} at {@code [0,4)}. An end offset
 * is where the next kept char starts, so a removed char right after a token (a zero-width space)
 * falls inside that token's span. Does not lower-case or fold; buffers the whole input.
 */
public final class VietnameseNormalizingCharFilter extends OffsetMapCharFilter {

  /** @param in the text to normalise */
  public VietnameseNormalizingCharFilter(Reader in) {
    super(in, true);
  }

  @Override
  protected OffsetMap transform(String input) {
    return VietnameseNormalizer.normalizeWithOffsets(input);
  }
}
