package org.factdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code factdesk} entry point. */
@Command(
    name = "factdesk",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    version = "factdesk 0.1.0",
    description = "Fact-checking desk: match posts to published fact-checks, evaluate, report.",
    subcommands = {RunCommand.class, ServeCommand.class, IngestCommand.class, EvalCommand.class, DemoCommand.class,
        BenchCommand.class, TuneCommand.class, RewriteEvalCommand.class, TrainRerankerCommand.class,
        TrainCheckWorthinessCommand.class, EvalCheckWorthinessCommand.class, EvalNarrativesCommand.class,
        StatusCommand.class, IndexCommand.class, ExportFeedbackCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:a regression check failed",
      "2:invalid input (missing file, unknown format, rejected records)",
      "3:unexpected state (data directory locked or built with another analyzer)",
      "4:internal error"
    })
public final class FactdeskCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A configured command line (also used by tests, in-process). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new FactdeskCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("factdesk: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      return ExitCodes.INVALID_INPUT;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
