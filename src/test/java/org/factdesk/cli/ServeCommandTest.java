package org.factdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factdesk serve}: a busy port stops it (exit 3) before any first-run work; the first-run admin
 * password is printed once; a bad {@code --public-url} is exit 2.
 */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aBusyPortIsExit3BeforeAnyFirstRunWork() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
      String port = Integer.toString(busy.getLocalPort());
      CliRun first = CliRun.of("serve", "--port", port, "--data-dir", dir.toString(), "--retriever", "bm25");
      assertEquals(ExitCodes.UNEXPECTED_STATE, first.exitCode(), first.err());
      assertTrue(first.err().contains("port " + port + " is in use"), first.err());
      // regression: the one-time admin password was printed by a run that then failed on the port
      assertFalse(first.out().contains("first-run admin"), first.out());
      assertFalse(java.nio.file.Files.exists(dir.resolve("demo-input")), "no demo load either");
    }
  }

  @Test
  void firstRunAdminIsPrintedOnce() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    try (DeskServer server = DeskServer.start(new DeskServer.Options(dir, null, port, null, false),
        new java.io.PrintWriter(out, true), quiet)) {
      Matcher m = Pattern.compile("first-run admin account: admin / (\\S{20}) — change it").matcher(out.toString());
      assertTrue(m.find(), out.toString());
      assertEquals(m.group(1), server.firstRunPassword().orElseThrow());
    }
    java.io.StringWriter again = new java.io.StringWriter();
    try (DeskServer server = DeskServer.start(new DeskServer.Options(dir, null, port, null, false),
        new java.io.PrintWriter(again, true), quiet)) {
      assertFalse(again.toString().contains("first-run admin"), "printed once only");
      assertTrue(server.firstRunPassword().isEmpty());
    }
  }

  @Test
  void badPublicUrlIsExit2NamingTheOption() {
    CliRun r = CliRun.of("serve", "--public-url", "ftp://x", "--data-dir", dir.toString(), "--no-demo");
    assertEquals(ExitCodes.INVALID_INPUT, r.exitCode());
    assertTrue(r.err().contains("--public-url"), r.err());
  }
}
