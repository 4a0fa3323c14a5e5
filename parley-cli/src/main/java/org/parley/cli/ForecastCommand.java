package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley forecast} (placeholder until its issue lands). */
@Command(name = "forecast", mixinStandardHelpOptions = true, description = "Forecast the settlement of a scenario or a KTAB actor table.")
public final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley forecast: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
