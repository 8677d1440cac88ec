package org.factdesk.index.lucene;

import java.nio.file.Path;

/** An existing index was built with another analysis chain; its terms would not match queries. */
public final class SettingsMismatchException extends IllegalStateException {
  /**
   * @param directory the index directory
   * @param builtWith analyzer id recorded in the index
   * @param wanted analyzer id of this run
   */
  public SettingsMismatchException(Path directory, String builtWith, String wanted) {
    super("index " + directory + " was built with analyzer '" + builtWith + "' but this run uses '" + wanted
        + "'; re-run with --rebuild-index (fact-checks are re-read from the index) or delete the directory");
  }
}
