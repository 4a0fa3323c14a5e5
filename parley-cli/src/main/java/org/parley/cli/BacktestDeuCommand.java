package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley backtest-deu} (placeholder until its issue lands). */
@Command(name = "backtest-deu", mixinStandardHelpOptions = true, description = "Measure each forecaster's error on DEU-format data with known outcomes.")
public final class BacktestDeuCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley backtest-deu: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
