/**
 * Immutable records that every stage after {@code ingest} works on: {@link org.factdesk.model.Post},
 * {@link org.factdesk.model.FactCheck} (the schema.org ClaimReview fields) and
 * {@link org.factdesk.model.Match}.
 *
 * <p>No I/O and no imports of other factdesk packages. To add a field, add it to the record and to
 * the readers in {@code ingest} that can fill it; downstream stages must tolerate {@code null} for
 * anything a source may not provide.
 */
package org.factdesk.model;
