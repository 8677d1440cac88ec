package org.factdesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the factdesk command line in-process and captures exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter picocliErr = new StringWriter();
    int code;
    try (PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
      System.setErr(err);
      var cl = FactdeskCommand.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(picocliErr, true));
      code = cl.execute(args);
    } finally {
      System.setErr(oldErr);
    }
    return new CliRun(code, out.toString(), errBytes.toString(StandardCharsets.UTF_8) + picocliErr);
  }
}
