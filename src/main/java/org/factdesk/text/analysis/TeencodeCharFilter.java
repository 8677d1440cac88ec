package org.factdesk.text.analysis;

import java.io.Reader;
import org.factdesk.text.OffsetMap;
import org.factdesk.text.TeencodeExpander;
import org.factdesk.text.VietnameseNormalizer;

/**
 * Lucene char filter around {@link TeencodeExpander#expandWithOffsets}: lower-cases
 * ({@link VietnameseNormalizer#lowercase}, length-preserving, locale-free) and expands chat
 * abbreviations, {@code "Ko đc ra đg"} → {@code "không được ra đường"}. Input should come from
 * {@link VietnameseNormalizingCharFilter}. The words of an expansion get offsets inside the
 * abbreviation they replace (see {@link TeencodeExpander#expandWithOffsets}). Meant for the
 * query/post side: fact-checks are written in standard spelling.
 */
public final class TeencodeCharFilter extends OffsetMapCharFilter {
  private final TeencodeExpander expander;

  /** Uses the bundled Vietnamese table. */
  public TeencodeCharFilter(Reader in) {
    this(in, TeencodeExpander.vietnamese());
  }

  /**
   * @param in normalised text
   * @param expander the abbreviation table
   */
  public TeencodeCharFilter(Reader in, TeencodeExpander expander) {
    super(in);
    this.expander = expander;
  }

  @Override
  protected OffsetMap transform(String input) {
    return expander.expandWithOffsets(VietnameseNormalizer.lowercase(input));
  }
}
