package org.factdesk.web;

import java.net.URI;

/**
 * Settings of the web application.
 *
 * @param port TCP port (0 = any free port, for tests)
 * @param publicUrl the URL readers reach the site at, without trailing slash, e.g.
 *     {@code https://factdesk.example.org}; decides the {@code Secure} cookie flag and absolute links
 * @param maxUploadBytes largest evidence file accepted, in bytes
 */
public record WebConfig(int port, String publicUrl, long maxUploadBytes) {
  /** Default upload limit: 20 MiB. */
  public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

  /** @throws IllegalArgumentException naming {@code --public-url} or {@code --port} when malformed */
  public WebConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port: must be 0-65535, got " + port);
    }
    if (publicUrl == null || publicUrl.isBlank()) {
      publicUrl = "http://localhost:" + port;
    }
    URI u;
    try {
      u = URI.create(publicUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--public-url: not a URL: " + publicUrl);
    }
    if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
      throw new IllegalArgumentException("--public-url: must be an absolute http(s) URL, got " + publicUrl);
    }
    publicUrl = publicUrl.replaceAll("/+$", "");
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("maxUploadBytes: must be positive");
    }
  }

  /** Defaults for {@code port}: public URL {@code http://localhost:<port>}, 20 MiB uploads. */
  public static WebConfig of(int port) {
    return new WebConfig(port, null, DEFAULT_MAX_UPLOAD);
  }

  /** Whether cookies get the {@code Secure} flag (the public URL is https). */
  public boolean secureCookies() {
    return publicUrl.startsWith("https://");
  }
}
