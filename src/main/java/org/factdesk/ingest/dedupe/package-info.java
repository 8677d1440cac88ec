/**
 * Recognising the same post or article seen twice (issue #5): {@link
 * org.factdesk.ingest.dedupe.UrlCanonicalizer} (tracking parameters, fragments, host case,
 * trailing slashes) and {@link org.factdesk.ingest.dedupe.ContentFingerprint} (text normalised so
 * chain messages that differ only by trailing emoji, arrows or a link get the same key). Pure
 * functions: where seen keys are kept (a table, the index) is the caller's choice.
 */
package org.factdesk.ingest.dedupe;
