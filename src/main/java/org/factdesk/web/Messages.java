package org.factdesk.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI text from the resource bundles {@code web/messages_vi.properties} (default) and
 * {@code web/messages_en.properties} (UTF-8), as a map templates read as {@code {{t.key}}}.
 */
public final class Messages {
  /** Supported UI languages, the default first. */
  public static final List<String> LANGUAGES = List.of("vi", "en");
  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

  private Messages() {}

  /** The language to use for a requested code: itself when supported, else {@code vi}. */
  public static String supported(String lang) {
    return lang != null && LANGUAGES.contains(lang) ? lang : LANGUAGES.get(0);
  }

  /** All text of {@code lang} (unsupported codes fall back to Vietnamese). */
  public static Map<String, String> of(String lang) {
    return CACHE.computeIfAbsent(supported(lang), l -> {
      ResourceBundle b = ResourceBundle.getBundle("web.messages", Locale.forLanguageTag(l),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      Map<String, String> m = new HashMap<>();
      for (String k : b.keySet()) {
        m.put(k, b.getString(k));
      }
      return Collections.unmodifiableMap(m);
    });
  }

  /** One text; the key itself when missing (so a missing key shows, rather than an empty label). */
  public static String get(String lang, String key) {
    return of(lang).getOrDefault(key, key);
  }
}
