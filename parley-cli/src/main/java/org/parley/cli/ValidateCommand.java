package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.model.Scenario;
import org.parley.model.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate FILE}: every problem in a scenario file, each with its location. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check a scenario file and report every problem at once, each as"
            + " file:line:column: path: what was expected. Exit code 2 if there is any.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(
      names = "--strict",
      description = "Also fail on numbers that carry neither a source nor a judgement.")
  boolean strict;

  @Override
  public Integer call() {
    ScenarioLoader.Loaded loaded = ScenarioLoader.defaults().loadWithWarnings(file);
    Scenario s = loaded.scenario();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (String path : loaded.unsourced()) {
      err.println(
          file
              + ": "
              + path
              + ": "
              + (strict ? "error" : "warning")
              + ": no source or judgement for this number");
    }
    if (strict && !loaded.unsourced().isEmpty()) {
      err.println(loaded.unsourced().size() + " numbers without a source or judgement (--strict).");
      return ExitCodes.BAD_INPUT;
    }
    out.printf(
        "%s: valid scenario '%s' (%d actors, %d issues, %d phases, %d uncertain inputs)%n",
        file,
        s.id(),
        s.actors().size(),
        s.issues().size(),
        s.phases().size(),
        s.uncertainty().size());
    return ExitCodes.OK;
  }
}
