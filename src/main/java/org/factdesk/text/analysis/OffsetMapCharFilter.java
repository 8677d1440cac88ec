package org.factdesk.text.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.factdesk.text.OffsetMap;

/**
 * A char filter that buffers its whole input, rewrites it with a plain-Java transform that
 * returns an {@link OffsetMap}, and reports offsets into the original input.
 *
 * <p>Offsets: after the transform, one {@code addOffCorrectMap} entry is recorded wherever
 * {@code toInput(o) - o} changes, for every output offset {@code 0..length} inclusive, so
 * {@link #correctOffset(int)} equals {@link OffsetMap#toInput(int)}. A transform that trims may ask
 * for a tight end: then the end offset is the end of the input behind the last output char (with
 * its combining marks), so trimmed trailing whitespace stays outside the last token. Fine for posts and
 * fact-checks (kilobytes); not meant for streaming books.
 */
abstract class OffsetMapCharFilter extends BaseCharFilter {
  private String output;
  private int pos;

  private final boolean tightEnd;

  OffsetMapCharFilter(Reader in) {
    this(in, false);
  }

  /**
   * @param in the input
   * @param tightEnd whether the end offset is the end of the input behind the last output char
   *     (for transforms that trim, see the class comment) rather than the end of the input
   */
  OffsetMapCharFilter(Reader in, boolean tightEnd) {
    super(in);
    this.tightEnd = tightEnd;
  }

  /** Rewrites the whole input. */
  protected abstract OffsetMap transform(String input);

  private void fill() throws IOException {
    if (output != null) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n = input.read(buf); n != -1; n = input.read(buf)) {
      sb.append(buf, 0, n);
    }
    String in = sb.toString();
    OffsetMap map = transform(in);
    output = map.text();
    int lastDiff = 0;
    for (int o = 0; o <= output.length(); o++) {
      int diff = (o == output.length() && tightEnd ? endOfLastChar(in, map) : map.toInput(o)) - o;
      if (diff != lastDiff) {
        addOffCorrectMap(o, diff);
        lastDiff = diff;
      }
    }
  }

  /**
   * Where the input behind the last output char ends: after its source char and any combining
   * marks or low surrogate that belong to it, but before trimmed trailing whitespace or invisible
   * chars, so the last token does not swallow them.
   */
  private static int endOfLastChar(String in, OffsetMap map) {
    int n = map.text().length();
    if (n == 0) {
      return map.inputLength();
    }
    int end = map.toInput(n - 1) + 1;
    while (end < in.length() && continuesChar(in.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean continuesChar(char c) {
    int type = Character.getType(c);
    return Character.isLowSurrogate(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    fill();
    if (len == 0) {
      return 0;
    }
    if (pos >= output.length()) {
      return -1;
    }
    int n = Math.min(len, output.length() - pos);
    output.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }
}
