/**
 * Publishing: what a published fact-check looks like to the outside world.
 *
 * <p>{@link org.factdesk.publish.PublishedFactCheck} is the read model every public surface renders
 * (portal page, schema.org {@code ClaimReview} JSON-LD, RSS 2.0 / Atom / JSON Feed, embeddable card,
 * {@code /api/v1}). The workbench (package {@code desk}) writes drafts and revisions and maps a
 * published revision to this record; nothing here touches the database.
 */
package org.factdesk.publish;
