package org.factdesk.model;

/**
 * A publisher or author named in a fact-check (schema.org {@code Organization} or {@code Person}
 * acting for a fact-checking organisation).
 *
 * @param name display name; may be null
 * @param url home page or profile URL; may be null
 */
public record Organization(String name, String url) {}
