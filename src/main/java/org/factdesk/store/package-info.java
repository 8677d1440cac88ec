/**
 * Storage: the relational database behind ingestion (and, later, the workbench).
 *
 * <p>{@link org.factdesk.store.Database} opens an embedded H2 file database in the data directory
 * by default, or PostgreSQL with {@code --db-url}; the schema is created and upgraded by Flyway
 * migrations in {@code src/main/resources/db/migration} (plain SQL valid on both). Data access uses
 * JDBI; one small store class per table group ({@link org.factdesk.store.PostStore}, {@link
 * org.factdesk.store.CheckpointStore}, {@link org.factdesk.store.QuarantineStore}). To add a table,
 * add a new {@code V<n>__what.sql} migration — never edit an applied one.
 */
package org.factdesk.store;
