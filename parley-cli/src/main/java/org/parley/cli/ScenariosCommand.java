package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley scenarios}: the built-in scenarios. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = "List the built-in scenarios.")
public final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : BuiltInScenarios.names()) {
      Scenario s = BuiltInScenarios.load(name).orElseThrow();
      out.printf(
          "%-16s as of %s  %s%s%n",
          name, s.asOf(), s.title(), name.equals(BuiltInScenarios.DEFAULT) ? "  (default)" : "");
    }
    out.println();
    out.println(
        "Run one with 'parley analyze NAME'; copy one to start your own with 'parley scenario show NAME > my.yaml'.");
    return ExitCodes.OK;
  }
}
