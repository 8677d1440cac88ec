package org.factdesk.cli;

import org.factdesk.ingest.TextEncoding;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --encoding auto|utf-8|utf-16|utf-16le|utf-16be|cp1258}: the text encoding of post files
 * (line, CSV/TSV and Telegram JSON readers; feeds and HTML follow their own declarations). Default
 * {@code auto}: UTF-8 with or without BOM, UTF-16 by BOM or zero-byte signature; see {@link
 * TextEncoding}. An unknown name is a usage error listing the accepted names.
 */
public final class EncodingOption {
  @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto", converter = Converter.class,
      description = "Encoding of post files: auto, utf-8, utf-16, utf-16le, utf-16be or cp1258 (Windows-1258 "
          + "Vietnamese). Default: ${DEFAULT-VALUE} (UTF-8 with or without BOM, UTF-16 detected). Lines that do "
          + "not decode are quarantined.")
  TextEncoding encoding = TextEncoding.AUTO;

  /** The selected encoding; {@link TextEncoding#AUTO} unless given. */
  public TextEncoding encoding() {
    return encoding;
  }

  /** Parses {@code --encoding} values with {@link TextEncoding#parse}. */
  static final class Converter implements ITypeConverter<TextEncoding> {
    @Override
    public TextEncoding convert(String value) {
      try {
        return TextEncoding.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
