package org.factdesk.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * Mustache templates from the classpath folder {@code web/templates/} ({@code name.mustache}),
 * compiled once and cached. Values are HTML-escaped ({@code {{x}}}); pages extend the shared
 * {@code layout.mustache} with mustache.java's template inheritance ({@code {{<layout}}{{$content}}}).
 */
public final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("web/templates");

  /**
   * Renders {@code name} (without extension) with {@code model}.
   *
   * @throws com.github.mustachejava.MustacheNotFoundException if the template does not exist
   */
  public String render(String name, Map<String, ?> model) {
    Mustache m = factory.compile(name + ".mustache");
    StringWriter out = new StringWriter();
    m.execute(out, model);
    return out.toString();
  }
}
