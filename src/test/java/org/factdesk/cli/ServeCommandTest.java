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
 * {@code factdesk serve} in-process up to the point where it would listen: the port is taken, so it
 * stops with exit code 3 after migrating the database and creating the first-run admin.
 */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void firstRunAdminIsPrintedOnceAndABusyPortIsExit3() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
      String port = Integer.toString(busy.getLocalPort());
      CliRun first = CliRun.of("serve", "--port", port, "--data-dir", dir.toString(), "--no-demo");
      assertEquals(ExitCodes.UNEXPECTED_STATE, first.exitCode(), first.err());
      assertTrue(first.err().contains("port " + port + " is in use"), first.err());
      Matcher m = Pattern.compile("first-run admin account: admin / (\\S{20}) — change it").matcher(first.out());
      assertTrue(m.find(), first.out());
      assertFalse(first.err().contains(m.group(1)), "the password goes to stdout only");

      CliRun second = CliRun.of("serve", "--port", port, "--data-dir", dir.toString(), "--no-demo");
      assertEquals(ExitCodes.UNEXPECTED_STATE, second.exitCode());
      assertFalse(second.out().contains("first-run admin"), "printed once only");
    }
  }

  @Test
  void badPublicUrlIsExit2NamingTheOption() {
    CliRun r = CliRun.of("serve", "--public-url", "ftp://x", "--data-dir", dir.toString(), "--no-demo");
    assertEquals(ExitCodes.INVALID_INPUT, r.exitCode());
    assertTrue(r.err().contains("--public-url"), r.err());
  }
}
