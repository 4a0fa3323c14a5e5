package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley verify} (placeholder until its issue lands). */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Inspection games, sampling plans and safeguards arithmetic.")
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parley verify: not implemented yet");
    return ExitCodes.INTERNAL_ERROR;
  }
}
