/**
 * Polling feeds over HTTP and the sources file that lists them (issue #5).
 *
 * <p>{@link org.factdesk.ingest.http.SourcesConfig} reads the YAML sources file into {@link
 * org.factdesk.ingest.http.SourceEntry} records (feeds to poll, files to read).
 */
package org.factdesk.ingest.http;
