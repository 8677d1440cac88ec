package org.factdesk.narratives;

import java.time.Instant;

/**
 * One post as a narrative remembers it: no text, no author.
 *
 * @param postId the post's id
 * @param publishedAt publication time; null when unknown (counted in totals, not in time buckets)
 * @param source public page/outlet or feed name; null when unknown
 * @param engagement likes + shares + comments, ≥ 0
 */
public record NarrativePost(String postId, Instant publishedAt, String source, long engagement) {}
