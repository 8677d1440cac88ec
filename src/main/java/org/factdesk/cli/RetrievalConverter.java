package org.factdesk.cli;

import org.factdesk.match.Retrieval;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --retriever} values. */
final class RetrievalConverter implements ITypeConverter<Retrieval> {
  @Override
  public Retrieval convert(String value) {
    try {
      return Retrieval.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
