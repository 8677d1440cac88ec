package org.factdesk.text.analysis;

import java.io.Reader;
import org.factdesk.text.OffsetMap;
import org.factdesk.text.TextTokens;

/**
 * Lucene char filter around {@link TextTokens#blankForAnalysis}: URLs, e-mail addresses,
 * {@code @handles} (never indexed, for privacy) and emoji become a space; {@code #hashtags} lose
 * the {@code #} and are split at camel case ({@code #HòaBình → "Hòa Bình"}). Offsets point into
 * the original text. Buffers the whole input.
 */
public final class SocialTokensCharFilter extends OffsetMapCharFilter {

  /** @param in raw post or fact-check text */
  public SocialTokensCharFilter(Reader in) {
    super(in);
  }

  @Override
  protected OffsetMap transform(String input) {
    return TextTokens.blankForAnalysis(input);
  }
}
