package org.factdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --datasets}: the shared, read-only research data directory (CheckThat!, VFND,
 * vietnamese-news-dataset-v2), not factdesk's own {@code --data-dir} (index and secret).
 */
public final class DatasetsOption {
  @Option(names = "--datasets", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Shared data directory with clef2022-task2a-en-tweets/, vfnd-vietnamese-fake-news/, "
          + "vietnamese-news-dataset-v2/ (default: ${DEFAULT-VALUE}).")
  Path datasets;
}
