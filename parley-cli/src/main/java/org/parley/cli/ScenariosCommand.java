package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley scenarios} (placeholder until its issue lands). */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the built-in scenarios.")
public final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley scenarios: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
