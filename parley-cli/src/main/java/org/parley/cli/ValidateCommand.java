package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley validate} (placeholder until its issue lands). */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a scenario file and report every problem with its location.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley validate: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
