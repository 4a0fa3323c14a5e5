package org.parley.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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

  /** The subcommands by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("analyze", AnalyzeCommand::new);
    SUBCOMMANDS.put("forecast", ForecastCommand::new);
    SUBCOMMANDS.put("solve", SolveCommand::new);
    SUBCOMMANDS.put("verify", VerifyCommand::new);
    SUBCOMMANDS.put("validate", ValidateCommand::new);
    SUBCOMMANDS.put("scenarios", ScenariosCommand::new);
    SUBCOMMANDS.put("scenario", ScenarioCommand::new);
    SUBCOMMANDS.put("backtest-deu", BacktestDeuCommand::new);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  /** A configured command line with every subcommand, writing to the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SUBCOMMANDS.keySet());
  }

  /**
   * A configured command line for {@code args}: with only the subcommand they name when they name
   * one, since building picocli's model of every subcommand is a large part of start-up; with all
   * of them otherwise (help, a misspelt name).
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    for (String a : args) {
      if (a.equals("--debug")) {
        continue;
      }
      if (SUBCOMMANDS.containsKey(a) && !a.equals("help")) {
        return commandLine(out, err, java.util.List.of(a));
      }
      break;
    }
    return commandLine(out, err);
  }

  private static CommandLine commandLine(
      PrintWriter out, PrintWriter err, java.util.Collection<String> names) {
    DebugFlag.set(false);
    CommandLine cl = new CommandLine(new ParleyCommand());
    for (String name : names) {
      cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ExceptionHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    return cl;
  }
}
