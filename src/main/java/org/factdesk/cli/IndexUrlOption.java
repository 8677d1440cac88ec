package org.factdesk.cli;

import picocli.CommandLine.Option;

/**
 * {@code --index-url}: the OpenSearch cluster holding the fact-check index instead of the embedded
 * index under {@code --data-dir} (which still holds the database, secret and posts index).
 */
public final class IndexUrlOption {
  @Option(names = "--index-url", paramLabel = "URL[,URL...]", defaultValue = "${env:FACTDESK_INDEX_URL}",
      description = "OpenSearch node URLs holding the fact-check index, e.g. http://host:9200,http://host2:9200 "
          + "(alias factdesk-factchecks; default: $FACTDESK_INDEX_URL, else the embedded index in --data-dir).")
  String indexUrl;

  /** The URLs, or null for the embedded index. */
  public String url() {
    return indexUrl == null || indexUrl.isBlank() ? null : indexUrl.strip();
  }
}
