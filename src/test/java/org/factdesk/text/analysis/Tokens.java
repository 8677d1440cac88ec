package org.factdesk.text.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Test helper: every token of a stream with its offsets and position increment. */
record Tokens(List<Tok> list, int finalOffset) {

  /** One token. */
  record Tok(String term, int start, int end, int posInc) {
    @Override
    public String toString() {
      return term + "[" + start + "," + end + ")+" + posInc;
    }
  }

  static Tokens of(Analyzer analyzer, String text) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), pos.getPositionIncrement()));
      }
      ts.end();
      return new Tokens(out, off.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> terms() {
    return list.stream().map(Tok::term).toList();
  }

  List<String> spans(String text) {
    return list.stream().map(t -> text.substring(t.start(), t.end())).toList();
  }
}
