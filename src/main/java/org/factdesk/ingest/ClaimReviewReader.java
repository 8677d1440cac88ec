package org.factdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.factdesk.model.FactCheck;
import org.factdesk.model.ItemReviewed;
import org.factdesk.model.Organization;
import org.factdesk.model.Rating;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads published fact-checks from one JSON, JSON-LD or HTML document (read whole: these are single
 * documents, not streams). Understood shapes:
 *
 * <ul>
 *   <li>schema.org <a href="https://schema.org/ClaimReview">ClaimReview</a> objects ({@code @type}
 *       a string or an array), alone, in a JSON array, or in an {@code @graph};
 *   <li>HTML pages with {@code <script type="application/ld+json">} blocks (any number; non-ClaimReview
 *       nodes are ignored; a block with broken JSON is rejected with field {@code script N}, 1-based,
 *       and the line of its tag, the other blocks are still read);
 *   <li>Google Fact Check Tools {@code claims:search} results: a bare array of claims or the API
 *       response {@code {"claims": [...]}}; one fact-check per {@code claimReview[]} entry (text→
 *       claimReviewed, url→url and id, reviewDate→datePublished, textualRating→
 *       reviewRating.alternateName, publisher{name,site}→author, languageCode→inLanguage,
 *       claimant→itemReviewed.author, title→title).
 * </ul>
 *
 * <p>The id is the review URL, else {@code @id}, else {@code <file name>#<n>} (n = 1-based position
 * of the review in the file). A review without {@code claimReviewed} is kept with the warning
 * {@code missing claimReviewed}; an unreadable date is null with a warning. Rejected: {@code invalid
 * JSON: ...}, {@code invalid UTF-8} (the whole file; line of the first bad byte), {@code no url,
 * claimReviewed or title}, {@code claim has no claimReview}, {@code not a ClaimReview or Fact Check
 * Tools claim} (top-level JSON values only). JSON locations are given as line 0 and a JSON pointer in
 * {@code field}.
 */
public final class ClaimReviewReader implements RecordReader<FactCheck> {

  @Override
  public ReadStats read(Path file, Consumer<? super FactCheck> sink, Quarantine quarantine) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Run run = new Run(file, sink, quarantine);
    int bom = Utf8.bomLength(bytes, 0, bytes.length);
    String text;
    try {
      text = Utf8.decode(bytes, bom, bytes.length - bom);
    } catch (CharacterCodingException e) {
      run.reject(Utf8.firstInvalidLine(bytes, bom, bytes.length - bom), null, "invalid UTF-8", null);
      return run.counter.snapshot();
    }
    if (isHtml(file, text)) {
      run.readHtml(text);
    } else {
      try {
        run.walk(Json.parse(text), "", true);
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        run.reject(line, null, Json.invalidReason(e), text);
      }
    }
    return run.counter.snapshot();
  }

  private static boolean isHtml(Path file, String text) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || text.stripLeading().startsWith("<");
  }

  /** State of one file's read. */
  private static final class Run {
    final String file;
    final String baseName;
    final Consumer<? super FactCheck> sink;
    final Quarantine quarantine;
    final ReadStats.Counter counter = new ReadStats.Counter();
    long line;
    String prefix;
    int ordinal;

    Run(Path path, Consumer<? super FactCheck> sink, Quarantine quarantine) {
      this.file = path.toString();
      this.baseName = String.valueOf(path.getFileName());
      this.sink = sink;
      this.quarantine = quarantine;
    }

    void readHtml(String html) {
      Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
      int index = 0;
      for (Element script : doc.select("script[type]")) {
        String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/ld+json")) {
          continue;
        }
        index++;
        line = script.sourceRange().isTracked() ? script.sourceRange().start().lineNumber() : 0;
        prefix = "script " + index;
        try {
          walk(Json.parse(script.data()), "", false);
        } catch (JsonProcessingException e) {
          reject(line, prefix, Json.invalidReason(e), script.data());
        }
      }
    }

    void walk(JsonNode node, String pointer, boolean top) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), pointer + "/" + i, top);
        }
      } else if (node.isObject() && isClaimReview(node)) {
        claimReview(node, pointer);
      } else if (node.isObject() && node.path("claims").isArray()) {
        JsonNode claims = node.get("claims");
        for (int i = 0; i < claims.size(); i++) {
          googleClaim(claims.get(i), pointer + "/claims/" + i);
        }
      } else if (node.isObject() && node.has("claimReview")) {
        googleClaim(node, pointer);
      } else if (node.isObject() && node.has("@graph")) {
        walk(node.get("@graph"), pointer + "/@graph", false);
      } else if (top) {
        reject(line, field(pointer), "not a ClaimReview or Fact Check Tools claim", node.toString());
      }
    }

    private static boolean isClaimReview(JsonNode node) {
      JsonNode type = node.get("@type");
      if (type == null) {
        return false;
      }
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        String s = t.asText();
        String local = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1);
        if (local.equals("ClaimReview")) {
          return true;
        }
      }
      return false;
    }

    private void claimReview(JsonNode node, String pointer) {
      ordinal++;
      String claim = Json.text(node, "claimReviewed");
      String url = Json.text(node, "url");
      String title = first(Json.text(node, "name"), Json.text(node, "headline"));
      if (url == null && claim == null && title == null) {
        reject(line, field(pointer), "no url, claimReviewed or title", node.toString());
        return;
      }
      List<String> warnings = new ArrayList<>();
      String id = first(url, Json.text(node, "@id"), baseName + "#" + ordinal);
      JsonNode item = node.path("itemReviewed");
      ItemReviewed reviewed =
          new ItemReviewed(urls(item.get("appearance")), firstOrNull(urls(item.get("firstAppearance"))), name(item.get("author")));
      FactCheck fc =
          new FactCheck(
              id,
              claim,
              rating(firstElement(node.get("reviewRating"))),
              url,
              date(Json.text(node, "datePublished"), warnings),
              organization(node.get("author")),
              reviewed,
              Json.text(node, "inLanguage"),
              title,
              Json.text(node, "description"));
      accept(fc, claim, pointer, warnings);
    }

    private void googleClaim(JsonNode claim, String pointer) {
      JsonNode reviews = claim.path("claimReview");
      if (!reviews.isArray() || reviews.isEmpty()) {
        ordinal++;
        reject(line, field(pointer), "claim has no claimReview", claim.toString());
        return;
      }
      String text = Json.text(claim, "text");
      String claimant = Json.text(claim, "claimant");
      for (int i = 0; i < reviews.size(); i++) {
        ordinal++;
        JsonNode r = reviews.get(i);
        String at = pointer + "/claimReview/" + i;
        String url = Json.text(r, "url");
        String title = Json.text(r, "title");
        if (url == null && text == null && title == null) {
          reject(line, field(at), "no url, claimReviewed or title", r.toString());
          continue;
        }
        List<String> warnings = new ArrayList<>();
        JsonNode publisher = r.path("publisher");
        String pubName = Json.text(publisher, "name");
        String site = Json.text(publisher, "site");
        String rating = Json.text(r, "textualRating");
        FactCheck fc =
            new FactCheck(
                first(url, baseName + "#" + ordinal),
                text,
                rating == null ? null : Rating.textual(rating),
                url,
                date(Json.text(r, "reviewDate"), warnings),
                pubName == null && site == null ? null : new Organization(pubName, site),
                new ItemReviewed(List.of(), null, claimant),
                Json.text(r, "languageCode"),
                title,
                null);
        accept(fc, text, at, warnings);
      }
    }

    private void accept(FactCheck fc, String claim, String pointer, List<String> warnings) {
      if (claim == null) {
        warnings.add(0, "missing claimReviewed");
      }
      String where = field(pointer);
      for (String w : warnings) {
        quarantine.warn(file, line, where == null ? w : where + ": " + w);
      }
      if (!warnings.isEmpty()) {
        counter.warned();
      }
      sink.accept(fc);
      counter.accepted();
    }

    private String field(String pointer) {
      if (prefix == null) {
        return pointer.isEmpty() ? null : pointer;
      }
      return pointer.isEmpty() ? prefix : prefix + " " + pointer;
    }

    void reject(long line, String field, String reason, String raw) {
      quarantine.reject(new Rejection(file, line, field, reason, raw));
      counter.rejected();
    }

    private static LocalDate date(String text, List<String> warnings) {
      LocalDate d = Dates.parseDate(text);
      if (text != null && d == null) {
        warnings.add("unparseable date: \"" + text + "\"");
      }
      return d;
    }

    private static Rating rating(JsonNode r) {
      if (r == null || !r.isObject()) {
        return null;
      }
      Rating rating =
          new Rating(number(r.get("ratingValue")), number(r.get("bestRating")), number(r.get("worstRating")),
              first(Json.text(r, "alternateName"), Json.text(r, "name")));
      return rating.equals(new Rating(null, null, null, null)) ? null : rating;
    }

    private static Double number(JsonNode n) {
      String s = Json.scalar(n);
      if (s == null) {
        return null;
      }
      try {
        return Double.valueOf(s.replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** author as object {name,url}, array (first) or string (name). */
    private static Organization organization(JsonNode a) {
      a = firstElement(a);
      if (a == null) {
        return null;
      }
      if (a.isObject()) {
        String name = Json.text(a, "name");
        String url = Json.text(a, "url");
        return name == null && url == null ? null : new Organization(name, url);
      }
      String name = Json.scalar(a);
      return name == null ? null : new Organization(name, null);
    }

    private static String name(JsonNode a) {
      Organization o = organization(a);
      return o == null ? null : o.name();
    }

    /** URLs from a string, an object with url, or an array of those. */
    private static List<String> urls(JsonNode n) {
      List<String> out = new ArrayList<>();
      if (n == null) {
        return out;
      }
      for (JsonNode e : n.isArray() ? n : List.of(n)) {
        String u = e.isObject() ? Json.text(e, "url") : Json.scalar(e);
        if (u != null) {
          out.add(u);
        }
      }
      return out;
    }

    private static JsonNode firstElement(JsonNode n) {
      if (n != null && n.isArray()) {
        return n.isEmpty() ? null : n.get(0);
      }
      return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    private static String firstOrNull(List<String> list) {
      return list.isEmpty() ? null : list.get(0);
    }

    private static String first(String... values) {
      for (String v : values) {
        if (v != null) {
          return v;
        }
      }
      return null;
    }
  }
}
