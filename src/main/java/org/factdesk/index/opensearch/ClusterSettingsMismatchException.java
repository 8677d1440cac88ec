package org.factdesk.index.opensearch;

/**
 * The cluster index behind the alias was built with another analysis chain or vector model; its
 * terms would not match this run's queries.
 */
public final class ClusterSettingsMismatchException extends IllegalStateException {
  /**
   * @param location cluster URLs and alias
   * @param builtWith analyzer (and vector model) recorded in the index's {@code _meta}
   * @param wanted this run's
   */
  public ClusterSettingsMismatchException(String location, String builtWith, String wanted) {
    super("cluster index " + location + " was built with analyzer '" + builtWith + "' but this run uses '" + wanted
        + "'; re-run with --rebuild-index (a new index generation is built from the stored fact-checks and the alias"
        + " swapped) or delete the index");
  }
}
