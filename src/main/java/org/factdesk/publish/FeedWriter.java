package org.factdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes published fact-checks as RSS 2.0 and Atom 1.0 (with ROME) and JSON Feed 1.1 (with Jackson).
 *
 * <p>Every item carries the title, the article link, an id that stays the same across revisions (a
 * {@code tag:} URI, RFC 4151, from the site host, the first publication date and the database id),
 * the first-published and last-revised dates, a plain-text summary that starts with the verdict
 * label ("Sai — …"), the verdict label as a category (scheme {@code <site>/verdict/}) and the
 * fact-check's category (scheme {@code <site>/category/}), and the article body rendered by {@link
 * ArticleHtml} (raw HTML escaped) when there is one. Feeds are written in the order given
 * (callers pass newest first). Specs: RSS 2.0 (rssboard.org/rss-specification), Atom (RFC 4287),
 * JSON Feed 1.1 (jsonfeed.org/version/1.1). Stateless and thread-safe.
 */
public final class FeedWriter {
  private static final Namespace ATOM_NS = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FeedWriter() {}

  /** RSS 2.0 XML (UTF-8 declared). */
  public static String rss(FeedChannel channel, List<PublishedFactCheck> items) {
    return write(syndFeed("rss_2.0", channel, items));
  }

  /** Atom 1.0 XML (UTF-8 declared). */
  public static String atom(FeedChannel channel, List<PublishedFactCheck> items) {
    return write(syndFeed("atom_1.0", channel, items));
  }

  /** JSON Feed 1.1 text; each item also has a {@code _claim_review} extension with the verdict. */
  public static String jsonFeed(FeedChannel channel, List<PublishedFactCheck> items) {
    ObjectNode feed = JSON.createObjectNode();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", channel.title());
    feed.put("home_page_url", channel.siteUrl());
    feed.put("feed_url", channel.selfUrl());
    if (!channel.description().isBlank()) {
      feed.put("description", channel.description());
    }
    feed.put("language", channel.language());
    ArrayNode out = feed.putArray("items");
    for (PublishedFactCheck fc : items) {
      ObjectNode item = out.addObject();
      item.put("id", itemId(channel, fc));
      item.put("url", fc.url());
      item.put("title", fc.title());
      item.put("summary", summary(fc));
      item.put("content_text", contentText(fc));
      if (!fc.bodyMarkdown().isBlank()) {
        item.put("content_html", ArticleHtml.render(fc.bodyMarkdown()));
      }
      item.put("date_published", rfc3339(fc.datePublished()));
      item.put("date_modified", rfc3339(fc.dateModified()));
      if (fc.lang() != null) {
        item.put("language", fc.lang());
      }
      ArrayNode tags = item.putArray("tags");
      tags.add(fc.verdict().label());
      if (fc.category() != null) {
        tags.add(fc.category());
      }
      if (fc.authorName() != null) {
        ObjectNode author = item.putArray("authors").addObject().put("name", fc.authorName());
        if (fc.authorUrl() != null) {
          author.put("url", fc.authorUrl());
        }
      }
      item.putObject("_claim_review")
          .put("claim_reviewed", fc.claimReviewed())
          .put("verdict", fc.verdict().code())
          .put("verdict_label", fc.verdict().label())
          .put("rating_value", fc.verdict().ratingValue())
          .put("worst_rating", fc.verdict().worstRating())
          .put("best_rating", fc.verdict().bestRating());
    }
    try {
      return JSON.writeValueAsString(feed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a Jackson tree", e);
    }
  }

  /**
   * The item id: {@code tag:<host>,<first-published date>:fact-check/<id>} — unchanged by new
   * revisions or a renamed slug.
   */
  public static String itemId(FeedChannel channel, PublishedFactCheck fc) {
    return "tag:" + channel.host() + "," + fc.datePublished().atOffset(ZoneOffset.UTC).toLocalDate() + ":fact-check/"
        + fc.id();
  }

  /** "label — summary", or "label — claim" when the summary is empty. */
  static String summary(PublishedFactCheck fc) {
    String text = fc.summary().isBlank() ? fc.claimReviewed() : fc.summary();
    return fc.verdict().label() + " — " + text;
  }

  private static String contentText(PublishedFactCheck fc) {
    return fc.claimReviewed() + "\n\n" + summary(fc);
  }

  private static SyndFeed syndFeed(String type, FeedChannel channel, List<PublishedFactCheck> items) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(type);
    feed.setTitle(channel.title());
    feed.setLink(channel.siteUrl());
    feed.setUri(channel.selfUrl());
    feed.setDescription(channel.description().isBlank() ? channel.title() : channel.description());
    feed.setLanguage(channel.language());
    List<SyndLink> links = new ArrayList<>();
    links.add(link("alternate", channel.siteUrl(), "text/html"));
    links.add(link("self", channel.selfUrl(), "rss_2.0".equals(type) ? "application/rss+xml" : "application/atom+xml"));
    feed.setLinks(links);
    if ("rss_2.0".equals(type)) { // RSS has no self link of its own: atom:link, as the W3C feed validator advises
      Element self = new Element("link", ATOM_NS);
      self.setAttribute("href", channel.selfUrl());
      self.setAttribute("rel", "self");
      self.setAttribute("type", "application/rss+xml");
      feed.setForeignMarkup(List.of(self));
    }
    Instant updated = items.stream().map(PublishedFactCheck::dateModified).max(Instant::compareTo).orElse(Instant.EPOCH);
    feed.setPublishedDate(date(updated));
    List<SyndEntry> entries = new ArrayList<>(items.size());
    for (PublishedFactCheck fc : items) {
      SyndEntry e = new SyndEntryImpl();
      e.setTitle(fc.title());
      e.setLink(fc.url());
      e.setUri(itemId(channel, fc));
      e.setPublishedDate(date(fc.datePublished()));
      e.setUpdatedDate(date(fc.dateModified()));
      SyndContent description = new SyndContentImpl();
      description.setType("text/plain");
      description.setValue(summary(fc));
      e.setDescription(description);
      if (!fc.bodyMarkdown().isBlank()) {
        SyndContent body = new SyndContentImpl(); // RSS content:encoded, Atom content type="html"
        body.setType("text/html");
        body.setValue(ArticleHtml.render(fc.bodyMarkdown()));
        e.setContents(List.of(body));
      }
      // Atom (RFC 4287 §4.1.2) needs an author on every entry when the feed has none
      e.setAuthor(fc.authorName() != null && !fc.authorName().isBlank() ? fc.authorName() : channel.title());
      List<SyndCategory> categories = new ArrayList<>();
      categories.add(category(fc.verdict().label(), base(channel) + "verdict/"));
      if (fc.category() != null) {
        categories.add(category(fc.category(), base(channel) + "category/"));
      }
      e.setCategories(categories);
      entries.add(e);
    }
    feed.setEntries(entries);
    return feed;
  }

  private static String write(SyndFeed feed) {
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("ROME refused the feed: " + e.getMessage(), e);
    }
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink l = new SyndLinkImpl();
    l.setRel(rel);
    l.setHref(href);
    l.setType(type);
    return l;
  }

  private static SyndCategory category(String name, String scheme) {
    SyndCategory c = new SyndCategoryImpl();
    c.setName(name);
    c.setTaxonomyUri(scheme);
    return c;
  }

  private static String base(FeedChannel channel) {
    return channel.siteUrl().endsWith("/") ? channel.siteUrl() : channel.siteUrl() + "/";
  }

  private static Date date(Instant i) {
    return Date.from(i.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String rfc3339(Instant i) {
    return i.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
