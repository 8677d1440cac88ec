package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import okhttp3.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginRoutesTest {
  @TempDir Path dir;
  DeskFixture f;

  @BeforeEach
  void setUp() {
    f = new DeskFixture(dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void deskPagesRedirectToLoginWithoutASession() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      Browser.Page p = b.get("/desk");
      assertEquals(302, p.status());
      assertEquals("/login?next=%2Fdesk", p.location());
      assertEquals(302, b.get("/desk/cases?status=new").status());
    });
  }

  @Test
  void goodLoginRotatesTheSessionAndOpensTheDashboard() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      Browser.Page form = b.get("/login");
      assertEquals(200, form.status());
      assertTrue(form.body().contains("name=\"_csrf\""));
      String before = sessionId(b);
      Browser.Page p = b.login("editor", DeskFixture.PASSWORD);
      assertEquals(302, p.status());
      assertEquals("/desk", p.location());
      assertNotEquals(before, sessionId(b), "session id rotated at login");
      Cookie session = b.cookies().stream().filter(c -> c.name().equals(WebApp.SESSION_COOKIE)).findFirst().orElseThrow();
      assertTrue(session.httpOnly());
      Browser.Page dash = b.get("/desk");
      assertEquals(200, dash.status());
      assertTrue(dash.body().contains("editor (editor)"));
      assertEquals(1, f.desk.audit().count("user.login"));
    });
  }

  @Test
  void badPasswordAndUnknownUserGet401AndNoSession() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      assertEquals(401, b.login("editor", "wrong-password").status());
      assertEquals(401, b.login("nobody", DeskFixture.PASSWORD).status());
      assertEquals(302, b.get("/desk").status());
    });
  }

  @Test
  void logoutEndsTheSession() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      b.login("viewer", DeskFixture.PASSWORD);
      assertEquals(200, b.get("/desk").status());
      assertEquals(302, b.submit("/desk", "/logout", Map.of()).status());
      assertEquals(302, b.get("/desk").status());
    });
  }

  @Test
  void fiveFailuresBlockTheUserNameFor15Minutes() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      for (int i = 0; i < 5; i++) {
        assertEquals(401, b.login("reviewer", "guess-" + i).status());
      }
      Browser.Page blocked = b.login("reviewer", DeskFixture.PASSWORD);
      assertEquals(429, blocked.status(), "even the right password is refused while blocked");
      assertEquals(302, b.get("/desk").status());
      f.clock.advance(Duration.ofMinutes(16));
      assertEquals(302, b.login("reviewer", DeskFixture.PASSWORD).status());
      assertEquals(200, b.get("/desk").status());
    });
  }

  @Test
  void loginWithoutCsrfTokenIs403() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      b.get("/login");
      Browser.Page p = b.postRaw("/login", Map.of("username", "admin", "password", DeskFixture.PASSWORD));
      assertEquals(403, p.status());
      Browser.Page wrong = b.postRaw("/login", Map.of("username", "admin", "password", DeskFixture.PASSWORD,
          "_csrf", "forged"));
      assertEquals(403, wrong.status());
    });
  }

  @Test
  void openRedirectsAreRefused() {
    assertEquals("/desk/cases/3", LoginRoutes.safeNext("/desk/cases/3"));
    assertEquals("/desk", LoginRoutes.safeNext("https://evil.example/desk"));
    assertEquals("/desk", LoginRoutes.safeNext("/desk//evil.example"));
    assertEquals("/desk", LoginRoutes.safeNext(null));
  }

  @Test
  void securityHeadersOnPagesAndStaticFiles() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      for (String path : new String[] {"/login", "/static/factdesk.css"}) {
        Browser.Page p = b.get(path);
        assertEquals(200, p.status(), path);
        assertTrue(p.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        assertFalse(p.header("Content-Security-Policy").contains("unsafe-inline"), path);
        assertEquals("nosniff", p.header("X-Content-Type-Options"), path);
        assertEquals("strict-origin-when-cross-origin", p.header("Referrer-Policy"), path);
      }
    });
  }

  @Test
  void languageSwitchByQueryIsRememberedInACookie() {
    JavalinTest.test(f.app(), (server, client) -> {
      Browser b = new Browser(client.getOrigin());
      assertTrue(b.get("/login").body().contains("Đăng nhập"));
      assertTrue(b.get("/login?lang=en").body().contains("Log in to the desk"));
      assertTrue(b.get("/login").body().contains("Log in to the desk"));
    });
  }

  private static String sessionId(Browser b) {
    return b.cookies().stream().filter(c -> c.name().equals(WebApp.SESSION_COOKIE)).map(Cookie::value)
        .findFirst().orElse("");
  }
}
