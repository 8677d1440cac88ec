package org.factdesk.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.factdesk.text.DiacriticFolder;

/**
 * Lucene token filter around {@link DiacriticFolder#fold}: {@code đường → duong},
 * {@code vắc → vac}. Unlike Lucene's {@code ASCIIFoldingFilter} it leaves non-Latin scripts and
 * ligatures alone. Changes term text only: positions, offsets and types are kept.
 */
public final class DiacriticFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** @param in the stream to fold */
  public DiacriticFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String text = term.toString();
    String folded = DiacriticFolder.fold(text);
    if (!folded.equals(text)) {
      term.setEmpty().append(folded);
    }
    return true;
  }
}
