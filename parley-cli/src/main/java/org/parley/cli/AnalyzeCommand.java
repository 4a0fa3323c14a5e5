package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley analyze} (placeholder until its issue lands). */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Forecast what a summit can achieve (default: the built-in 2018 scenario).")
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley analyze: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
