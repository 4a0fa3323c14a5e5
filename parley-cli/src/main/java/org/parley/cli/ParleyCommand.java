package org.parley.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The root {@code parley} command: one subcommand per verb. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Models a summit between adversaries over a weapons programme: what the meeting can"
            + " achieve, whether the deal will hold, and what would change that.",
    subcommands = {
      AnalyzeCommand.class,
      ForecastCommand.class,
      SolveCommand.class,
      VerifyCommand.class,
      ValidateCommand.class,
      ScenariosCommand.class,
      ScenarioCommand.class,
      BacktestDeuCommand.class,
      CommandLine.HelpCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (run with --debug for the trace)",
      "2:bad input (a malformed file or option); nothing was written",
      "3:a size or time limit was exceeded",
      "130:cancelled with Ctrl-C; nothing was written",
    })
public final class ParleyCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the full stack trace of an internal error.")
  void setDebug(boolean debug) {
    DebugFlag.set(debug);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand");
  }

  /** A configured command line writing to the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    DebugFlag.set(false);
    CommandLine cl = new CommandLine(new ParleyCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ExceptionHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    return cl;
  }
}
