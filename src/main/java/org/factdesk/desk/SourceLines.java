package org.factdesk.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.publish.SourceLink;

/**
 * The editor's sources box: one source per line, {@code title | url} (or just a URL, or just a title
 * for an offline source), stored as a JSON array {@code [{"title": ..., "url": ...}]}.
 */
public final class SourceLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SourceLines() {}

  /**
   * Parses the box.
   *
   * @throws InvalidFieldException {@code sources}, naming the line, when a URL is not http(s)
   */
  public static List<SourceLink> parse(String text) {
    List<SourceLink> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int bar = line.lastIndexOf('|');
      String title = bar < 0 ? line : line.substring(0, bar).strip();
      String url = bar < 0 ? null : line.substring(bar + 1).strip();
      if (bar < 0 && line.matches("(?i)https?://\\S+")) {
        title = line;
        url = line;
      }
      if (url != null && url.isEmpty()) {
        url = null;
      }
      if (url != null) {
        try {
          EvidenceService.checkUrl(url);
        } catch (InvalidFieldException e) {
          throw new InvalidFieldException("sources", "line " + (i + 1) + ": '" + url + "' is not an http(s) URL");
        }
      }
      if (title.isEmpty()) {
        title = url;
      }
      out.add(new SourceLink(title, url));
    }
    return out;
  }

  /** Back to the editor's text. */
  public static String format(List<SourceLink> sources) {
    StringBuilder sb = new StringBuilder();
    for (SourceLink s : sources) {
      sb.append(s.title());
      if (s.url() != null && !s.url().equals(s.title())) {
        sb.append(" | ").append(s.url());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String toJson(List<SourceLink> sources) {
    try {
      List<Map<String, String>> rows = new ArrayList<>();
      for (SourceLink s : sources) {
        rows.add(s.url() == null ? Map.of("title", s.title()) : Map.of("title", s.title(), "url", s.url()));
      }
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<SourceLink> fromJson(String json) {
    try {
      List<Map<String, String>> rows = JSON.readValue(json, new TypeReference<>() {});
      List<SourceLink> out = new ArrayList<>();
      rows.forEach(r -> out.add(new SourceLink(r.get("title"), r.get("url"))));
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sources_json is not a JSON array of {title, url}: " + e.getMessage(), e);
    }
  }

  static String listToJson(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> listFromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("appearances is not a JSON array of strings: " + e.getMessage(), e);
    }
  }
}
