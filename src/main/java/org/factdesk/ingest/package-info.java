/**
 * Readers that turn raw files into {@code model} records: one class per format, each implementing
 * {@link org.factdesk.ingest.RecordReader}.
 *
 * <p>Every reader streams (constant memory per record), counts what it read in a
 * {@link org.factdesk.ingest.ReadStats}, and hands each malformed record to a
 * {@link org.factdesk.ingest.Quarantine} with the file, line and reason, then carries on with the
 * next record. Text post readers (lines, CSV/TSV, Telegram JSON) take a {@link
 * org.factdesk.ingest.TextEncoding} and decode each line strictly with a {@code TextLineReader}: a
 * line that does not decode is quarantined, never indexed. {@link org.factdesk.ingest.PathExpander}
 * turns command-line files, directories and globs into the list of files to read. To add a format:
 * write a {@code RecordReader}, add a fixture test with a good record on each side of a bad one, and
 * register it in {@link org.factdesk.ingest.Formats}.
 *
 * <p>Must not import {@code index}, {@code match} or {@code web}.
 */
package org.factdesk.ingest;
