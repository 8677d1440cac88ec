/**
 * Publishing: what a published fact-check looks like to the outside world.
 *
 * <p>{@link org.factdesk.publish.PublishedFactCheck} is the read model every public surface renders
 * (portal page, schema.org {@code ClaimReview} JSON-LD, RSS 2.0 / Atom / JSON Feed, embeddable card,
 * {@code /api/v1}). The workbench (package {@code desk}) writes drafts and revisions and maps a
 * published revision to this record; nothing here touches the database.
 *
 * <p>Renderers, each a stateless class with static methods: {@link
 * org.factdesk.publish.ClaimReviewJsonLd} (JSON-LD and its {@code <script>} element), {@link
 * org.factdesk.publish.FeedWriter} with {@link org.factdesk.publish.FeedChannel} (feeds), {@link
 * org.factdesk.publish.EmbedCard} (iframe card and snippet) and {@link
 * org.factdesk.publish.ArticleHtml} (Markdown body to safe HTML). To add a format, add a class that
 * takes {@code PublishedFactCheck}s and returns text, and a route in {@code web.api.FeedRoutes}.
 */
package org.factdesk.publish;
