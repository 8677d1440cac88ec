package org.factdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A test browser against an app started by {@code JavalinTest}: its own cookie jar, no redirect
 * following (tests assert 302s), and helpers that fill in the page's CSRF token like a real form.
 */
final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final String origin;
  private final List<Cookie> cookies = new ArrayList<>();
  private final OkHttpClient http;

  /** A page as the test sees it. */
  record Page(int status, String body, String location, Response response) {
    String header(String name) {
      return response.header(name);
    }
  }

  Browser(String origin) {
    this.origin = origin;
    this.http = new OkHttpClient.Builder().followRedirects(false).cookieJar(new CookieJar() {
      @Override
      public void saveFromResponse(HttpUrl url, List<Cookie> list) {
        for (Cookie c : list) {
          cookies.removeIf(o -> o.name().equals(c.name()));
          cookies.add(c);
        }
      }

      @Override
      public List<Cookie> loadForRequest(HttpUrl url) {
        return new ArrayList<>(cookies);
      }
    }).build();
  }

  List<Cookie> cookies() {
    return cookies;
  }

  Page get(String path) {
    return call(new Request.Builder().url(origin + path).get().build());
  }

  /** POSTs a form without touching the CSRF token. */
  Page postRaw(String path, Map<String, String> form) {
    FormBody.Builder b = new FormBody.Builder();
    form.forEach(b::add);
    return call(new Request.Builder().url(origin + path).post(b.build()).build());
  }

  /** POSTs a form with the CSRF token read from {@code formPage} (GET first, like a browser). */
  Page submit(String formPage, String action, Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", csrfOf(formPage));
    return postRaw(action, all);
  }

  /** Multipart POST with one file field {@code file}, with the CSRF token of {@code formPage}. */
  Page upload(String formPage, String action, Map<String, String> fields, String fileName, byte[] content) {
    MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
    fields.forEach(b::addFormDataPart);
    b.addFormDataPart("_csrf", csrfOf(formPage));
    b.addFormDataPart("file", fileName, RequestBody.create(content, MediaType.get("application/octet-stream")));
    return call(new Request.Builder().url(origin + action).post(b.build()).build());
  }

  String csrfOf(String formPage) {
    Page p = get(formPage);
    Matcher m = CSRF.matcher(p.body());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on " + formPage + " (status " + p.status() + ")");
    }
    return m.group(1);
  }

  Page login(String user, String password) {
    return submit("/login", "/login", Map.of("username", user, "password", password));
  }

  private Page call(Request r) {
    try (Response resp = http.newCall(r).execute()) {
      String body = resp.body() == null ? "" : resp.body().string();
      return new Page(resp.code(), body, resp.header("Location"), resp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
