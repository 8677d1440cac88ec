package org.factdesk.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until the path expander lands. */
final class InputPaths {
  private InputPaths() {}

  static List<Path> expand(List<String> args) throws IOException {
    return args.stream().map(Path::of).toList();
  }
}
