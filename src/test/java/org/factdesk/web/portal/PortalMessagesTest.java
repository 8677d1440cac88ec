package org.factdesk.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.web.Messages;
import org.junit.jupiter.api.Test;

/** Every UI text a portal template uses exists in both bundles (a missing key would show as the key). */
class PortalMessagesTest {
  static final List<String> TEMPLATES = List.of("portal-home", "portal-category", "portal-search", "portal-factcheck",
      "portal-nav", "portal-searchbar", "portal-card", "portal-pager", "error", "layout");

  @Test
  void everyPortalKeyIsInBothBundles() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    for (String t : TEMPLATES) {
      try (InputStream in = getClass().getResourceAsStream("/web/templates/" + t + ".mustache")) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\{\\{t\\.([a-z0-9_]+)}}").matcher(text);
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    keys.add("portal_category_not_found"); // NotFoundException messages of PortalRoutes
    keys.add("portal_factcheck_not_found");
    for (String field : List.of("q", "category", "from", "to", "range", "article_lang", "page")) {
      keys.add("search_bad_" + field); // chosen by PortalRoutes from the field name
    }
    assertTrue(keys.size() > 40, "found the keys: " + keys);
    List<String> missing = new ArrayList<>();
    for (String lang : Messages.LANGUAGES) {
      for (String k : keys) {
        if (!Messages.of(lang).containsKey(k)) {
          missing.add(lang + ":" + k);
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
