package org.factdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.factdesk.model.Engagement;
import org.factdesk.model.Post;

/**
 * Reads posts from news feeds: RSS 2.0 (https://www.rssboard.org/rss-specification) and Atom (RFC
 * 4287), one post per {@code <item>}/{@code <entry>}.
 *
 * <p>Mapping: id = {@code guid}/{@code id}, else the link; url = {@code link} (Atom: the {@code
 * href} of the {@code alternate} or rel-less link); publishedAt = {@code pubDate} (RFC 822, see
 * {@link Rfc822Dates}) or Atom {@code published}, else {@code updated} (ISO-8601); text = title +
 * "\n" + body, where body is {@code content:encoded}/{@code content} if present, else {@code
 * description}/{@code summary}, with HTML stripped by jsoup; source = the channel/feed title;
 * language = the channel {@code <language>} or the nearest {@code xml:lang}. Authors ({@code
 * author}, {@code dc:creator}) are never read.
 *
 * <p>Rejected: an item with neither id nor link ({@code missing id}); with neither title nor body
 * ({@code missing text}). A date that cannot be read is a warning and leaves publishedAt null. A
 * malformed file keeps every item completed before the error, then yields one rejection {@code
 * malformed XML at line L, column C: ...}.
 *
 * <p>Parsed with the JDK's streaming StAX parser, with DTDs and external entities disabled
 * (XXE-safe), rather than ROME: ROME builds the whole document tree first, so a file with one
 * syntax error would yield nothing, whereas streaming keeps the items before the error.
 */
public final class FeedReader implements RecordReader<Post> {
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  @Override
  public ReadStats read(Path file, Consumer<? super Post> sink, Quarantine quarantine) throws IOException {
    String name = file.toString();
    ReadStats.Counter counter = new ReadStats.Counter();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = null;
      try {
        xml = factory().createXMLStreamReader(in); // encoding from the BOM/XML declaration, else UTF-8
        new Parse(name, xml, sink, quarantine, counter).run();
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
        quarantine.reject(new Rejection(name, Math.max(line, 0), null,
            "malformed XML at line " + line + ", column " + column + ": " + detail(e), null));
        counter.rejected();
      } finally {
        if (xml != null) {
          try {
            xml.close();
          } catch (XMLStreamException e) {
            // nothing left to read
          }
        }
      }
    }
    return counter.snapshot();
  }

  /** The JDK's built-in StAX factory with DTDs and external entities off. */
  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static String detail(XMLStreamException e) {
    String msg = String.valueOf(e.getMessage());
    int i = msg.indexOf("Message: ");
    return (i >= 0 ? msg.substring(i + "Message: ".length()) : msg).strip();
  }

  /** One pass over one document. */
  private static final class Parse {
    private final String file;
    private final XMLStreamReader xml;
    private final Consumer<? super Post> sink;
    private final Quarantine quarantine;
    private final ReadStats.Counter counter;
    /** Local names of the open elements, innermost first. */
    private final Deque<String> path = new ArrayDeque<>();
    /** The {@code xml:lang} in scope for each open element, innermost first ("" = none). */
    private final Deque<String> langs = new ArrayDeque<>();
    private String source;
    private String channelLanguage;
    private FeedItem item;

    Parse(String file, XMLStreamReader xml, Consumer<? super Post> sink, Quarantine quarantine, ReadStats.Counter counter) {
      this.file = file;
      this.xml = xml;
      this.sink = sink;
      this.quarantine = quarantine;
      this.counter = counter;
    }

    void run() throws XMLStreamException {
      boolean root = true;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = xml.getLocalName();
          if (root && !local.equals("rss") && !local.equals("feed") && !local.equals("RDF")) {
            quarantine.reject(new Rejection(file, xml.getLocation().getLineNumber(), null,
                "not an RSS or Atom feed (root element <" + local + ">)", null));
            counter.rejected();
            return;
          }
          root = false;
          start(local);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end();
        }
      }
    }

    private void start(String local) throws XMLStreamException {
      String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
      langs.push(lang != null ? lang : langs.isEmpty() ? "" : langs.peek());
      String parent = path.peek();
      if (local.equals("item") || local.equals("entry")) {
        item = new FeedItem(xml.getLocation().getLineNumber(), langs.peek());
        path.push(local);
        return;
      }
      boolean inItem = item != null && ("item".equals(parent) || "entry".equals(parent));
      boolean inChannel = item == null && ("channel".equals(parent) || "feed".equals(parent));
      if (local.equals("link") && xml.getAttributeValue(null, "href") != null) {
        String rel = xml.getAttributeValue(null, "rel");
        if (inItem && (rel == null || rel.equals("alternate")) && item.link == null) {
          item.link = xml.getAttributeValue(null, "href");
        }
        path.push(local);
        return;
      }
      if (inItem || inChannel) {
        String field = local + "|" + (inItem ? "item" : "channel");
        switch (field) {
          case "title|channel" -> { source = textOf(); return; }
          case "language|channel" -> { channelLanguage = textOf(); return; }
          case "title|item" -> { item.title = textOf(); return; }
          case "guid|item", "id|item" -> { item.id = textOf(); return; }
          case "link|item" -> { item.link = textOf(); return; }
          case "pubDate|item", "published|item" -> { item.date = textOf(); return; }
          case "updated|item" -> {
            String updated = textOf();
            item.date = item.date == null ? updated : item.date;
            return;
          }
          case "description|item", "summary|item" -> { item.summary = textOf(); return; }
          case "encoded|item", "content|item" -> { item.content = textOf(); return; }
          default -> { }
        }
      }
      path.push(local);
    }

    /** After a START_ELEMENT: all character data up to its END_ELEMENT (children's text included). */
    private String textOf() throws XMLStreamException {
      StringBuilder sb = new StringBuilder();
      for (int depth = 1; depth > 0; ) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> { depth++; sb.append(' '); }
          case XMLStreamConstants.END_ELEMENT -> { depth--; sb.append(' '); }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              sb.append(xml.getText());
          default -> { }
        }
      }
      langs.pop();
      return sb.toString().strip();
    }

    private void end() {
      String local = path.pop();
      langs.pop();
      if (item != null && (local.equals("item") || local.equals("entry"))) {
        emit(item);
        item = null;
      }
    }

    private void emit(FeedItem it) {
      String id = it.effectiveId();
      String text = it.text();
      String reason = id == null ? "missing id" : text.isEmpty() ? "missing text" : null;
      if (reason != null) {
        quarantine.reject(new Rejection(file, it.line, null, reason, it.raw()));
        counter.rejected();
        return;
      }
      Instant at = null;
      if (!FeedItem.blank(it.date)) {
        at = Rfc822Dates.parse(it.date);
        if (at == null) {
          at = Dates.parseInstant(it.date);
        }
        if (at == null) {
          quarantine.warn(file, it.line, "unreadable date: " + it.date.strip());
          counter.warned();
        }
      }
      String lang = FeedItem.languageTag(!FeedItem.blank(it.language) ? it.language : channelLanguage);
      String url = FeedItem.blank(it.link) ? null : it.link.strip();
      String src = FeedItem.blank(source) ? null : FeedItem.plain(source);
      sink.accept(new Post(id, src, url, at, text, lang, null, Engagement.NONE));
      counter.accepted();
    }
  }
}
