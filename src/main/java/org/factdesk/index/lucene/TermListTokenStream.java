package org.factdesk.index.lucene;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token stream over a list of already-analysed terms, one position each: how pre-analysed
 * documents enter the Lucene index, exactly as they would enter OpenSearch on a whitespace field.
 */
public final class TermListTokenStream extends TokenStream {
  private final List<String> terms;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private int next;

  /** @param terms the terms in order; not copied */
  public TermListTokenStream(List<String> terms) {
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    termAtt.setEmpty().append(terms.get(next++));
    posIncAtt.setPositionIncrement(1);
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
