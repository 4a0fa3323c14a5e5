package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley scenario} (placeholder until its issue lands). */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Show a built-in scenario.")
public final class ScenarioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley scenario: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
