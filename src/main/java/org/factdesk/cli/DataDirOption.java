package org.factdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir}: where the index and the pseudonymisation secret live. */
public final class DataDirOption {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "factdesk-data",
      description = "Data directory: index and per-installation secret (default: ${DEFAULT-VALUE}).")
  Path dataDir;
}
