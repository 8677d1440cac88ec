/**
 * The desk's services: staff users and roles, cases and their evidence, fact-check drafts and
 * revisions with the review → publish workflow, match feedback, persisted alerts, dashboard queries,
 * the visitor counter and the append-only audit log — all over the {@link org.factdesk.store.Database}
 * with JDBI, one transaction per write (the audit row commits with the change it records).
 *
 * <p>No web imports: the web layer ({@code org.factdesk.web}) checks sessions and CSRF and calls
 * these services with an {@link org.factdesk.desk.Actor}; every write method checks the actor's
 * {@link org.factdesk.desk.Role} itself and throws {@link org.factdesk.desk.ForbiddenException}.
 * To add a write: check the permission, write, then {@link org.factdesk.desk.AuditLog#append} on the
 * same handle.
 */
package org.factdesk.desk;
