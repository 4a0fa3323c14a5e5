package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.model.io.BuiltInScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley scenario show NAME}: a built-in scenario as YAML, to start a new file from. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = "Work with built-in scenarios.",
    subcommands = {ScenarioCommand.Show.class})
public final class ScenarioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Missing a subcommand (show)");
  }

  /** Prints the YAML of a built-in scenario. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print a built-in scenario as YAML (its comments included).")
  public static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "A built-in scenario name (see 'parley scenarios').")
    String name;

    @Override
    public Integer call() {
      String text =
          BuiltInScenarios.text(name)
              .orElseThrow(
                  () ->
                      new UserInputException(
                          "no built-in scenario '"
                              + name
                              + "' (expected one of: "
                              + String.join(", ", BuiltInScenarios.names())
                              + ")"));
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
