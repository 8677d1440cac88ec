package org.factdesk.text.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs an analyzer over a string and collects its terms: the tokens every back end receives. */
public final class TokenLists {
  private TokenLists() {}

  /**
   * @param analyzer the chain to run
   * @param field field name passed to the analyzer (chains may differ per field)
   * @param text input text; null is treated as empty
   * @return the terms in order, duplicates kept; never null
   */
  public static List<String> analyze(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return terms;
    }
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return terms;
  }
}
