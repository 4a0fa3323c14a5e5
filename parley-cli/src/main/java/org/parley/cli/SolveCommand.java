package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley solve} (placeholder until its issue lands). */
@Command(name = "solve", mixinStandardHelpOptions = true, description = "Compute Nash equilibria of a Gambit .nfg or .efg game.")
public final class SolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley solve: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
